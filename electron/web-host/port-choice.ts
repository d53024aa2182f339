// Keeps the browser edition on one port per data folder: the browser ties its IndexedDB to the address.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../services/atomic-write';

const stateSchema = z.object({ port: z.number().int().min(1024).max(65535) });

/** Below Linux's ephemeral range (32768+), so a port the system hands out for a moment rarely collides. */
const derivedRange = { first: 20_000, size: 12_000 } as const;

/** How many ports derived from the folder are tried before giving up on a folder that has none recorded. */
export const derivedAttempts = 5;

export const originOf = (port: number) => `http://127.0.0.1:${port}`;

/**
 * The same port for the same data folder on every start, even when the folder was new or emptied:
 * a random one would show an empty app, the data staying behind under the old address.
 */
export function derivedPort(dataDir: string, attempt = 0): number {
  const digest = createHash('sha256')
    .update(`${resolve(dataDir)}\n${attempt}`)
    .digest();
  return derivedRange.first + (digest.readUInt32BE(0) % derivedRange.size);
}

/** The port this data folder used last time, or 0 when it has none (or its file cannot be read). */
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

/**
 * Ports to try, best first. A port given with --port or remembered from the last start is the only one:
 * moving silently would hide the data. Otherwise the folder's own ports, each as stable as the first.
 */
export function portCandidates(dataDir: string, requested: number | undefined, remembered: number): number[] {
  if (requested !== undefined) return [requested];
  if (remembered) return [remembered];
  return Array.from({ length: derivedAttempts }, (_, attempt) => derivedPort(dataDir, attempt));
}

/** The sentence for a start at another address than the last one, or undefined when it is the same. */
export function originWarning(previousPort: number, port: number): string | undefined {
  if (!previousPort || previousPort === port) return undefined;
  return (
    `This start uses ${originOf(port)}, but the last one used ${originOf(previousPort)}. Your browser keeps ` +
    `the data under each address separately, so what you entered at ${originOf(previousPort)} is not shown ` +
    `here. To see it, stop ShipReady and start it again with --port ${previousPort}.`
  );
}
