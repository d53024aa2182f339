// Saves a file the renderer produced into a folder, never overwriting an earlier export.
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { ensureFolder } from './ensure-folder';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Picks `name`, or `name (2).ext`, `name (3).ext`… so nothing already there is replaced. */
export async function freePathFor(dir: string, fileName: string): Promise<string> {
  const ext = extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  let candidate = join(dir, fileName);
  for (let n = 2; await exists(candidate); n += 1) {
    candidate = join(dir, `${stem} (${n})${ext}`);
  }
  return candidate;
}

export async function saveExport(dir: string, fileName: string, content: string): Promise<string> {
  await ensureFolder(dir, 0o755);
  const path = await freePathFor(dir, fileName);
  await writeFileAtomic(path, content);
  return path;
}
