// Writes settings rows; each change is logged like every other write.
import type { ShipReadyDatabase } from '../database';
import type { SettingKey } from '../settings-keys';
import { appendEvent } from './events';
import { nowIso } from './ids';

/** `quiet` settings (where the person was last) are not activity and stay out of the event log. */
export async function setSetting(
  db: ShipReadyDatabase,
  key: SettingKey,
  value: unknown,
  quiet = false,
): Promise<void> {
  const at = nowIso();
  await db.transaction('rw', db.settings, db.events, async () => {
    await db.settings.put({ key, value, updatedAt: at });
    if (!quiet) await appendEvent(db, 'setting.changed', key, undefined, at);
  });
}
