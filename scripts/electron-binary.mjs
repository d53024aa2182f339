// Finds Electron's binary without triggering its first-launch download (which fails offline).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

/** @returns {{ path: string } | { reason: string }} */
export function findElectronBinary(env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, name);
    return existsSync(path) ? { path } : { reason: `no Electron binary at ${path}` };
  }
  if (!existsSync(pathFile)) return { reason: 'the electron package is not installed' };
  const path = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path)
    ? { path }
    : { reason: 'Electron has not downloaded its binary (it needs the internet once)' };
}
