// Writes a file into the cohort folder under a name both engines skip, then renames it into place.
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { tempSuffix, writeFileAtomic } from '../atomic-write';

/**
 * `.syncthing.<name>.<12 hex>.tmp` beside the target: Syncthing's scanner skips its own temporary names,
 * the cohort's .gitignore leaves them out and the watcher ignores them, so no engine carries half a file.
 * The rename is atomic because the temporary file sits on the same disk.
 */
export async function writeCohortFile(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.syncthing.${basename(path)}.${tempSuffix()}.tmp`);
  await writeFileAtomic(path, content, 0o644, temp);
}
