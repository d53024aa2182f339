// Removes the temporary files a crash left in the data folder, so they never pile up or pass for data.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tempFileName } from './atomic-write';
import type { DataPaths } from './data-dir';

/**
 * Deletes `*.<hex>.tmp` files that writeFileAtomic left in the folders it writes to; returns their paths.
 * A folder that is missing or cannot be changed (read-only) is left alone: cleaning is never worth a failed start.
 */
export async function removeStaleTempFiles(paths: DataPaths): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of [paths.root, paths.backups, paths.exports]) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((candidate) => tempFileName.test(candidate))) {
      try {
        await rm(join(dir, name), { force: true });
        removed.push(join(dir, name));
      } catch {
        // Read-only or vanished: nothing to gain from failing here.
      }
    }
  }
  return removed;
}
