// Backups in the data folder: write one now, restore one (after backing up the current state first),
// or download everything in one file.

import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/ipc/contract';
import { formatMoment } from '../../../../shared/progress/format-day';
import { describeRoughSize } from '../../../../shared/text/describe-size';
import { problemText } from '../../../../shared/text/problem-text';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import type { RawDump } from '../../db/raw-dump';
import { dumpAllTables } from '../../db/raw-dump';
import { checkDump, type RestoreChange, restoreDump, restorePreview } from '../../db/restore';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { announceDataReplaced } from '../../ui/cross-window';
import { ConfirmDialog } from './ConfirmDialog';
import { RestoreChanges } from './RestoreChanges';

export function BackupsCard() {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<{
    backup: BackupInfo;
    dump: RawDump;
    changes: RestoreChange[];
  } | null>(null);

  const refresh = useCallback(async () => {
    const result = await desktopApi().listBackups();
    if (result.ok) setBackups(result.value);
    else notify('error', result.error.message);
  }, [notify]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function backUp(reason: 'manual' | 'before-restore') {
    const result = await desktopApi().writeBackup({
      reason,
      content: JSON.stringify(await dumpAllTables(db)),
    });
    if (!result.ok) notify('error', result.error.message);
    return result;
  }

  async function run(label: string, work: () => Promise<void>) {
    setBusy(label);
    try {
      await work();
    } catch (error) {
      notify('error', describeDatabaseError(error));
    } finally {
      setBusy(null);
      await refresh();
    }
  }

  const backUpNow = () =>
    run('Backing up…', async () => {
      const result = await backUp('manual');
      if (result.ok) notify('info', `Backup written: ${result.value.fileName}`);
    });

  // The backup is read and checked before the question, so the question can say what will change.
  const prepareRestore = (backup: BackupInfo) =>
    run('Reading the backup…', async () => {
      const content = await desktopApi().readBackup(backup.fileName);
      if (!content.ok) return notify('error', content.error.message);
      const checked = checkDump(db, content.value);
      if (!checked.ok)
        return notify(
          'error',
          `${backup.fileName} cannot be restored: ${checked.problems.map((p) => problemText(p)).join(' ')}`,
        );
      setRestoring({ backup, dump: checked.dump, changes: await restorePreview(db, checked.dump) });
    });

  const restore = (backup: BackupInfo, dump: RawDump) =>
    run('Restoring…', async () => {
      const safety = await backUp('before-restore');
      if (!safety.ok) return;
      const rows = await restoreDump(db, dump);
      announceDataReplaced('restore');
      notify(
        'info',
        `Restored ${rows} rows from ${formatMoment(backup.createdAt)}. Your previous data is in ${safety.value.fileName}.`,
      );
    });

  const downloadAll = () =>
    run('Preparing…', async () => {
      const day = new Date().toISOString().slice(0, 10);
      const result = await desktopApi().saveFile({
        suggestedName: `shipready-all-my-data-${day}.json`,
        content: JSON.stringify(await dumpAllTables(db), null, 1),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (!result.ok) notify('error', result.error.message);
      else if (result.value.saved) notify('info', `All your data was saved to ${result.value.path}.`);
    });

  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="muted">
        Complete copies of your data in the data folder: one a day automatically (the last 7 days and 4 weeks
        are kept), and before every import, restore or curriculum update.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void backUpNow()} disabled={busy !== null}>
          {busy ?? 'Back up now'}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void downloadAll()}
          disabled={busy !== null}
        >
          Download all my data
        </button>
      </div>
      {backups?.length === 0 && <p className="muted">No backups yet.</p>}
      <ul className="backup-list" aria-label="Backups">
        {backups?.map((backup) => (
          <li key={backup.fileName}>
            <span>{formatMoment(backup.createdAt)}</span>
            <span className="badge">{backup.reason}</span>
            <span className="muted">{describeRoughSize(backup.bytes)}</span>
            <button
              type="button"
              className="secondary small"
              onClick={() => void prepareRestore(backup)}
              disabled={busy !== null}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
      {restoring && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore"
          onCancel={() => setRestoring(null)}
          onConfirm={() => {
            const chosen = restoring;
            setRestoring(null);
            void restore(chosen.backup, chosen.dump);
          }}
          details={<RestoreChanges changes={restoring.changes} />}
        >
          The backup from {formatMoment(restoring.backup.createdAt)} replaces what it holds; what it does not
          hold stays as it is. Your current data is backed up first, so you can come back to it.
        </ConfirmDialog>
      )}
    </section>
  );
}
