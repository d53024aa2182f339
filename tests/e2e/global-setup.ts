// Builds the app once before the end-to-end specs, unless dist/ is already newer than the sources, and
// stops at once with one sentence when no Chrome, Chromium or Edge is here for the browser-edition run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findBrowser } from '../../scripts/find-browser.mjs';

export function buildOnce(): void {
  const root = join(import.meta.dirname, '..', '..');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The build failed; the end-to-end specs need dist/.');
}

export default function setup(): void {
  buildOnce();
  findBrowser(); // throws the sentence saying what to install (npm test installs one first where it can)
}
