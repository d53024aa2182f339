// Records each saved portfolio bundle's content hash, so a mentor review of that file counts as verified evidence.
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';

export async function recordBundleExport(
  db: ShipReadyDatabase,
  contentHash: string,
  savedPath: string,
): Promise<void> {
  await db.transaction('rw', db.events, async () => {
    await appendEvent(db, 'bundle.exported', savedPath, { contentHash });
  });
}
