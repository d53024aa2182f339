// Keeps the browser edition on one port per data folder: the browser ties its IndexedDB to the address.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../services/atomic-write';

const stateSchema = z.object({ port: z.number().int().min(1024).max(65535) });

/** The port this data folder used last time, or 0 (pick one) when it has none. */
export async function rememberedPort(statePath: string): Promise<number> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(statePath, 'utf8')));
    return parsed.success ? parsed.data.port : 0;
  } catch {
    return 0;
  }
}

export async function rememberPort(statePath: string, port: number): Promise<void> {
  await writeFileAtomic(statePath, `${JSON.stringify({ port })}\n`);
}
