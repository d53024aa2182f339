// Fault, in the real browser edition: the data folder turns read-only while the app is open. Backups then
// fail with their cause, and "Download all my data" still saves everything, through the browser's downloads.
import { readFile } from 'node:fs/promises';
import { afterEach, expect } from 'vitest';
import { target, test } from '../e2e/fixtures/test';
import { PortfolioPage } from '../e2e/pages/portfolio-page';
import { ShellPage } from '../e2e/pages/shell-page';
import { type ReadOnlyFolder, readOnlyView } from './read-only-folder';

let folder: ReadOnlyFolder | undefined;
afterEach(async () => {
  await folder?.release();
  folder = undefined;
});

test('with a read-only data folder, a backup says why it failed and all the data still downloads', async ({
  app,
  skip,
}) => {
  if (target === 'electron') skip('Electron saves through its own dialog to a folder the person picks.');
  const shell = new ShellPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await new PortfolioPage(app.page).createProject('Kept through a read-only disk');
  await app.page.getByRole('heading', { level: 1, name: 'Kept through a read-only disk' }).waitFor();

  const view = await readOnlyView(app.dataDir, { inPlace: true });
  if ('unavailable' in view) return skip(`No read-only folder here: ${view.unavailable}.`);
  folder = view;

  await shell.open('Settings');
  await app.page.getByRole('button', { name: 'Back up now' }).click();
  const cause = view.code === 'EROFS' ? 'read-only' : 'not allowed';
  await expect.poll(() => shell.notices().textContent()).toContain(cause);
  expect(await shell.notices().textContent()).not.toMatch(/backups:|files:/);

  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Download all my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^shipready-all-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(JSON.stringify(saved)).toContain('Kept through a read-only disk');
  await expect.poll(() => shell.notices().textContent()).toContain('saved to your browser’s downloads');
});
