// One instance at a time: a second launch (a double-click while the app runs) hands its file to the
// running window and quits. Electron only: the browser edition has no second launch to hand over.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { sampleBundle } from '../fixtures/bundles/bundle-rows';
import { root } from './fixtures/launch';
import { target, test } from './fixtures/test';
import { ShellPage } from './pages/shell-page';

test('a second launch hands its bundle to the running app and exits', async ({ app, skip }) => {
  if (target !== 'electron')
    skip('Single-instance handover is desktop-only; the browser edition has no second launch.');
  const binary = findElectronBinary();
  if (!('path' in binary)) return skip(binary.reason);
  await new ShellPage(app.page).waitReady();
  const folder = mkdtempSync(join(tmpdir(), 'shipready-second-'));
  const bundlePath = join(folder, 'Ada.shipready');
  writeFileSync(bundlePath, (await sampleBundle()).text);

  const second = spawn(binary.path, [join(root, 'dist', 'electron', 'main.cjs'), bundlePath], {
    env: { ...process.env, SHIPREADY_DATA_DIR: app.dataDir },
    stdio: 'ignore',
  });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  await app.page.getByRole('heading', { level: 1, name: 'Reviewing Ada' }).waitFor();
});
