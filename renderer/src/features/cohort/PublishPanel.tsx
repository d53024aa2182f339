// The student's side: their id, the privacy switches, "Publish to cohort" and publishing after changes.
import { useId, useState } from 'react';
import type { CohortConnection, PublishPrivacy } from '../../../../shared/cohort/connection';
import { useDatabase } from '../../db/database-context';
import { useSetting } from '../../db/live';
import { setSetting } from '../../db/repositories/settings';
import { settingKeys } from '../../db/settings-keys';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { BringInMine } from './BringInMine';
import { setCohortConnection } from './cohort-folder-state';
import { MemberIdField } from './MemberIdField';
import { publishToCohort } from './publish';

const privacyLabels: Record<keyof PublishPrivacy, string> = {
  notes: 'Private notes',
  resources: 'Personal resources',
  costs: 'Costs and token counts of LLM answers',
  llmAnswers: 'LLM answers',
  reviewLog: 'Review log (your ratings of review cards)',
};

export function PublishPanel({ connection }: { connection: CohortConnection }) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const id = useId();
  const storedName = useSetting<string>(settingKeys.ownerName);
  const [typedName, setTypedName] = useState<string | null>(null);
  const owner = typedName ?? storedName ?? '';
  const [busy, setBusy] = useState(false);

  async function save(update: Partial<Pick<CohortConnection, 'autoPublish' | 'privacy'>>) {
    // Shown at once (a switch that waits for the host feels broken); put back if the host refuses.
    setCohortConnection({ ...connection, ...update });
    const saved = await desktopApi().saveCohortMember(update);
    if (!saved.ok) {
      setCohortConnection(connection);
      return notify('error', saved.error.message);
    }
    setCohortConnection(saved.value);
  }

  async function publish() {
    setBusy(true);
    try {
      if (owner.trim() && owner.trim() !== (storedName ?? ''))
        await setSetting(db, settingKeys.ownerName, owner.trim(), true);
      const published = await publishToCohort(db, owner, connection.privacy);
      notify(published.ok ? 'info' : 'error', published.ok ? published.value : published.error.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="cohort-publish-heading">
      <h3 id="cohort-publish-heading">As a student</h3>
      <MemberIdField kind="student" current={connection.studentId} name={owner} />
      <label htmlFor={`${id}-owner`}>Your name, as a mentor will see it</label>
      <input
        id={`${id}-owner`}
        value={owner}
        maxLength={120}
        onChange={(e) => setTypedName(e.target.value)}
      />
      <fieldset className="checklist">
        <legend>Include when publishing</legend>
        {(Object.keys(privacyLabels) as (keyof PublishPrivacy)[]).map((key) => (
          <label key={key} className="checkbox">
            <input
              type="checkbox"
              checked={connection.privacy[key] ?? false}
              onChange={(e) => void save({ privacy: { ...connection.privacy, [key]: e.target.checked } })}
            />
            {privacyLabels[key]}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={connection.autoPublish}
          disabled={!connection.studentId}
          onChange={(e) => void save({ autoPublish: e.target.checked })}
        />
        Publish again after each change (while ShipReady is open)
      </label>
      <div className="actions">
        <button type="button" disabled={busy || !connection.studentId} onClick={() => void publish()}>
          {busy ? 'Publishing…' : 'Publish to cohort'}
        </button>
        {connection.studentId && <BringInMine studentId={connection.studentId} />}
      </div>
    </section>
  );
}
