// Connects a cohort folder by its path: typed or pasted, since the browser edition cannot pick folders.
import { useId, useState } from 'react';
import { loadCurriculum } from '../../content/curriculum-source';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { reloadCohortFolder } from './cohort-folder-state';

export function ConnectCohortForm() {
  const id = useId();
  const notify = useAppStore((state) => state.notify);
  const [folder, setFolder] = useState('');
  const [cohortName, setCohortName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function connect(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const { contentVersion } = await loadCurriculum();
      const connected = await desktopApi().connectCohort({
        folder,
        rubricVersion: contentVersion,
        ...(cohortName.trim() ? { cohortName: cohortName.trim() } : {}),
      });
      if (!connected.ok) return setProblem(connected.error.message);
      setProblem(null);
      notify('info', `Connected the cohort folder ${connected.value.folder}.`);
      await reloadCohortFolder();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void connect(e)}>
      <p className="muted small">
        A folder that git or Syncthing carries between machines: a clone of your cohort’s repository, or a
        Syncthing folder. Type or paste its full path (the browser edition cannot pick a folder from the page;
        you can also start it with <code>npm start -- --cohort /path/to/folder</code>).
      </p>
      <label htmlFor={`${id}-folder`}>Cohort folder path</label>
      <input
        id={`${id}-folder`}
        value={folder}
        placeholder="/home/you/cohort-fall-2026"
        onChange={(e) => setFolder(e.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      <label htmlFor={`${id}-name`}>Cohort name (only when the folder is new)</label>
      <input
        id={`${id}-name`}
        value={cohortName}
        maxLength={120}
        onChange={(e) => setCohortName(e.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Connecting…' : 'Connect a cohort folder'}
        </button>
      </div>
    </form>
  );
}
