// On start: bring the person's data up to the curriculum's version, backing it up first when ids move.
import { describeContentChanges } from '../../../shared/content/describe-changes';
import { loadCurriculum } from '../content/curriculum-source';
import type { ShipReadyDatabase } from '../db/database';
import { describeDatabaseError } from '../db/describe-error';
import { dumpAllTables } from '../db/raw-dump';
import {
  applyContentUpdate,
  contentUpdatePending,
  storedContentVersion,
} from '../db/repositories/content-update';
import { desktopApi } from '../platform/desktop-api';
import type { NoticesSlice } from '../store/notices-slice';

export async function bringContentUpToDate(
  db: ShipReadyDatabase,
  notify: NoticesSlice['notify'],
): Promise<void> {
  try {
    const { contentVersion, idMap, changelog } = await loadCurriculum();
    // The usual start: data already at this version. A read, not a write transaction, which would hold up
    // the first screen's reads of the same tables.
    if ((await storedContentVersion(db)) === contentVersion) return;
    if (await contentUpdatePending(db, contentVersion, idMap)) {
      const backup = await desktopApi().writeBackup({
        reason: 'before-migration',
        content: JSON.stringify(await dumpAllTables(db)),
      });
      if (!backup.ok) {
        notify(
          'error',
          `The curriculum update is postponed because the backup failed: ${backup.error.message}`,
        );
        return;
      }
    }
    const result = await applyContentUpdate(db, contentVersion, idMap, changelog);
    if (!result || result.from === result.to) return;
    // Shown once: the stored version now matches, so the next start returns above.
    const changed = describeContentChanges(result.changes);
    const followed =
      result.movedRows > 0
        ? ` ${result.movedRows} of your progress rows, notes and resources moved with it.`
        : '';
    if (changed || followed) {
      notify(
        'info',
        `The curriculum moved to version ${result.to}${changed ? `: ${changed}` : ''}.${followed}`,
      );
    }
  } catch (error) {
    notify('error', `The curriculum update did not run: ${describeDatabaseError(error)}`);
  }
}
