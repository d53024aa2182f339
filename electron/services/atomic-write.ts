// Writes a file so that a crash leaves either the old file or the new one, never half of either.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';

/** `<name>.<12 hex>.tmp` beside the real file; a crash between open and rename can leave one behind. */
export const tempFileName = /\.[0-9a-f]{12}\.tmp$/;

/** A random 12-hex-digit suffix that keeps two writers' temporary files apart. */
export const tempSuffix = () => randomBytes(6).toString('hex');

export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  mode = 0o644,
  /** Where the new content is written first, on the same disk; by default `<path>.<12 hex>.tmp`. */
  temp = `${path}.${tempSuffix()}.tmp`,
): Promise<void> {
  const handle = await open(temp, 'wx', mode);
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
