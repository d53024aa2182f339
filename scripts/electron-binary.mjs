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
  if (!existsSync(join(electronDir, 'package.json')))
    return { reason: 'the electron package is not installed' };
  if (!existsSync(pathFile))
    return { reason: "Electron's binary has not been downloaded (it needs the internet once)" };
  const path = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path)
    ? { path }
    : { reason: 'Electron has not downloaded its binary (it needs the internet once)' };
}

/** Tries Electron's own one-time download; resolves to true when the binary is then present. */
export async function tryDownloadElectron(timeoutMs = 180_000) {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: timeoutMs,
  });
  return result.status === 0 && 'path' in findElectronBinary();
}
