// Remembers the window's size and position between launches; bad or foreign files fall back to defaults.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { defaultBounds, type WindowBounds } from '../main/window-options';
import { writeFileAtomic } from './atomic-write';

const boundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().optional(),
});

export async function loadWindowBounds(path: string): Promise<WindowBounds> {
  try {
    const parsed = boundsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : defaultBounds;
  } catch {
    return defaultBounds;
  }
}

export async function saveWindowBounds(path: string, bounds: WindowBounds): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(bounds)}\n`);
}

/**
 * For the window's close event: an asynchronous write is often cut off by the quit that follows, losing the
 * bounds and leaving its temp file. This one finishes before close returns, and removes its temp file on
 * any failure.
 */
export function saveWindowBoundsSync(path: string, bounds: WindowBounds): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, `${JSON.stringify(bounds)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
