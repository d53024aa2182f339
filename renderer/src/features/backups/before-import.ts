// The backup every import takes before it writes: bundles, review files and eval-run files alike.
import type { BackupInfo } from '../../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../../shared/result';
import type { ShipReadyDatabase } from '../../db/database';
import { dumpAllTables } from '../../db/raw-dump';
import { desktopApi } from '../../platform/desktop-api';

/**
 * Writes a `before-import` backup of everything; an import runs only when this succeeds. The error's
 * message is a whole sentence saying that `fileName` was not imported and why.
 */
export async function backUpBeforeImport(
  db: ShipReadyDatabase,
  fileName: string,
): Promise<Result<BackupInfo>> {
  const written = await desktopApi().writeBackup({
    reason: 'before-import',
    content: JSON.stringify(await dumpAllTables(db)),
  });
  if (written.ok) return ok(written.value);
  return fail(
    written.error.code,
    `${fileName} was not imported, because the backup taken before every import failed: ${written.error.message}`,
  );
}

/** The sentence that tells the person where the data from before the import is. */
export const dataFromBefore = (backup: BackupInfo) => `The data from before is in ${backup.fileName}.`;
