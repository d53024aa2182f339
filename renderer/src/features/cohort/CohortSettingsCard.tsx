// Settings' cohort card: connect a folder that git or Syncthing carries, publish to it, see its state.
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { ConflictList } from './ConflictList';
import { ConnectCohortForm } from './ConnectCohortForm';
import { reloadCohortFolder, useCohortFolder } from './cohort-folder-state';
import { GitPanel } from './GitPanel';
import { PublishPanel } from './PublishPanel';
import { ReviewsForMe } from './ReviewsForMe';

export function CohortSettingsCard() {
  const notify = useAppStore((state) => state.notify);
  const { loaded, connection, index, git, problem, unavailable } = useCohortFolder();
  const mine = connection?.studentId
    ? index?.students.find((s) => s.studentId === connection.studentId)
    : undefined;

  async function disconnect() {
    const done = await desktopApi().disconnectCohort();
    if (!done.ok) return notify('error', done.error.message);
    notify('info', 'Disconnected the cohort folder; its files stay where they are.');
    await reloadCohortFolder();
  }

  return (
    <section className="card" aria-labelledby="cohort-heading">
      <h2 id="cohort-heading">Cohort folder</h2>
      {!loaded && <p className="muted">Loading…</p>}
      {unavailable && <p className="muted">This copy of ShipReady cannot reach a cohort folder.</p>}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {loaded && !unavailable && !connection && <ConnectCohortForm />}
      {connection && (
        <>
          <p>
            {index?.cohort ? <strong>{index.cohort.name}</strong> : 'Cohort'} in{' '}
            <code>{connection.folder}</code>{' '}
            <button type="button" className="link" onClick={() => void disconnect()}>
              Disconnect
            </button>
          </p>
          <p className="muted small">
            ShipReady reads and writes this folder; git or Syncthing carries it. It is not live two-way sync:
            changes arrive when the engine brings them.
          </p>
          <PublishPanel connection={connection} />
          {connection.studentId && <ReviewsForMe connection={connection} rounds={mine?.rounds ?? []} />}
          {git && <GitPanel git={git} />}
          {index && <ConflictList conflicts={index.conflicts} />}
        </>
      )}
    </section>
  );
}
