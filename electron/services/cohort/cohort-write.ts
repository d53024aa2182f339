// Writes a file into the cohort folder under a name both engines skip, then renames it into place.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * `.syncthing.<name>.<12 hex>.tmp` beside the target: Syncthing's scanner skips its own temporary names,
 * the cohort's .gitignore leaves them out and the watcher ignores them, so no engine carries half a file.
 * The rename is atomic because the temporary file sits on the same disk.
 */
export async function writeCohortFile(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.syncthing.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
