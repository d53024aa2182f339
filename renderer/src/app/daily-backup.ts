// Writes the day's automatic backup at start if there is none yet; the host thins old ones out.
import type { ShipReadyDatabase } from '../db/database';
import { dumpAllTables } from '../db/raw-dump';
import { desktopApi } from '../platform/desktop-api';
import type { NoticesSlice } from '../store/notices-slice';

export async function backUpDaily(
  db: ShipReadyDatabase,
  notify: NoticesSlice['notify'],
  today = new Date(),
): Promise<void> {
  const listed = await desktopApi().listBackups();
  if (!listed.ok) return;
  const day = today.toISOString().slice(0, 10);
  if (listed.value.some((backup) => backup.reason === 'daily' && backup.createdAt.startsWith(day))) return;
  if ((await db.events.count()) === 0) return; // Nothing worth keeping yet.
  const written = await desktopApi().writeBackup({
    reason: 'daily',
    content: JSON.stringify(await dumpAllTables(db)),
  });
  if (!written.ok) notify('error', `Today’s automatic backup failed: ${written.error.message}`);
}
