// Creates a folder (and its parents) so that a refusal reports its real cause.
import { mkdir } from 'node:fs/promises';

/**
 * `mkdir -p` that tells why it failed. Node's recursive mkdir reports a read-only disk (EROFS) as ENOENT,
 * which would tell the person a folder "is no longer there"; a plain mkdir of the same path gets the true code.
 */
export async function ensureFolder(dir: string, mode = 0o700): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { mode }); // Throws the real reason; succeeds only if the folder appeared meanwhile.
  }
}
