// Settings: how many new review cards a day may bring; reviews of cards already started are not limited here.
import { type FormEvent, useEffect, useState } from 'react';
import { defaultNewCardsPerDay } from '../../../../shared/review-queue/due-queue';
import { parseNewCardsPerDay } from '../../../../shared/review-queue/new-card-limit';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { useSetting } from '../../db/live';
import { setSetting } from '../../db/repositories/settings';
import { settingKeys } from '../../db/settings-keys';
import { useAppStore } from '../../store/app-store';

export function NewCardsSettingsCard() {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const stored = useSetting<number>(settingKeys.reviewNewCardsPerDay);
  const current = typeof stored === 'number' ? stored : defaultNewCardsPerDay;
  const [typed, setTyped] = useState(String(current));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setTyped(String(current)), [current]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseNewCardsPerDay(typed);
    if (!parsed.ok) {
      setProblem(parsed.error.message);
      return;
    }
    setProblem(null);
    try {
      await setSetting(db, settingKeys.reviewNewCardsPerDay, parsed.value);
      notify('info', `Up to ${parsed.value} new review cards a day from now on.`);
    } catch (error) {
      notify('error', describeDatabaseError(error));
    }
  };

  return (
    <section className="card" aria-labelledby="review-settings-heading">
      <h2 id="review-settings-heading">Daily review</h2>
      <form className="inline-form" onSubmit={save}>
        <label htmlFor="new-cards-per-day">New cards a day</label>
        <input
          id="new-cards-per-day"
          inputMode="numeric"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'new-cards-problem' : 'new-cards-hint'}
        />
        <button type="submit" className="secondary">
          Save
        </button>
      </form>
      {problem ? (
        <p id="new-cards-problem" className="field-error" role="alert">
          {problem}
        </p>
      ) : (
        <p id="new-cards-hint" className="muted small">
          Questions of finished lessons join your reviews at most this many a day. Now {current}.
        </p>
      )}
    </section>
  );
}
