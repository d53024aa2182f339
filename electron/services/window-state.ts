// Remembers the window's size and position between launches; bad or foreign files fall back to defaults.
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
