// Writes the day's automatic backup at start if there is none yet; the host thins old ones out.
// When it cannot be written, the person is told once a day, not on every start or reload.
import type { ShipReadyDatabase } from '../db/database';
import { dumpAllTables } from '../db/raw-dump';
import { desktopApi } from '../platform/desktop-api';
import type { NoticesSlice } from '../store/notices-slice';

/** localStorage key: the day and reason of the last failure the person was told about. */
export const dailyBackupProblemKey = 'shipready.daily-backup.problem-shown' as const;

function tellOnce(notify: NoticesSlice['notify'], day: string, message: string) {
  const said = `${day} ${message}`;
  try {
    if (localStorage.getItem(dailyBackupProblemKey) === said) return;
    localStorage.setItem(dailyBackupProblemKey, said);
  } catch {
    // Storage refused (private mode, quota): telling again beats not telling.
  }
  notify('error', `Today’s automatic backup could not be made. ${message}`);
}

export async function backUpDaily(
  db: ShipReadyDatabase,
  notify: NoticesSlice['notify'],
  today = new Date(),
): Promise<void> {
  const day = today.toISOString().slice(0, 10);
  const listed = await desktopApi().listBackups();
  if (!listed.ok) return tellOnce(notify, day, listed.error.message);
  if (listed.value.some((backup) => backup.reason === 'daily' && backup.createdAt.startsWith(day))) return;
  if ((await db.events.count()) === 0) return; // Nothing worth keeping yet.
  const written = await desktopApi().writeBackup({
    reason: 'daily',
    content: JSON.stringify(await dumpAllTables(db)),
  });
  if (!written.ok) return tellOnce(notify, day, written.error.message);
  try {
    localStorage.removeItem(dailyBackupProblemKey);
  } catch {
    // Nothing to clear where storage is refused.
  }
}
