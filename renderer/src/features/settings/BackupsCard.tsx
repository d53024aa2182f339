// Lists backups in the data folder and writes a new one on request.
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/ipc/contract';
import { useDatabase } from '../../db/database-context';
import { dumpAllTables } from '../../db/raw-dump';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function BackupsCard() {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const result = await desktopApi().listBackups();
    if (result.ok) setBackups(result.value);
    else notify('error', result.error.message);
  }, [notify]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function backUpNow() {
    setBusy(true);
    try {
      const dump = await dumpAllTables(db);
      const result = await desktopApi().writeBackup({ reason: 'manual', content: JSON.stringify(dump) });
      if (!result.ok) return notify('error', result.error.message);
      notify('info', `Backup written: ${result.value.fileName}`);
      await refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="muted">Backups are complete copies of your data, written to the data folder.</p>
      <button type="button" className="primary" onClick={backUpNow} disabled={busy}>
        {busy ? 'Backing up…' : 'Back up now'}
      </button>
      {backups?.length === 0 && <p className="muted">No backups yet.</p>}
      <ul className="backup-list" aria-label="Backups">
        {backups?.map((backup) => (
          <li key={backup.fileName}>
            <span>{new Date(backup.createdAt).toLocaleString()}</span>
            <span className="badge">{backup.reason}</span>
            <span className="muted">{sizeFormat.format(backup.bytes / 1024)} KB</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
