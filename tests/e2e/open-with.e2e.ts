// Double-clicking a ShipReady file: the operating system starts the app with the file's path.
// A bundle opens read-only in the review space; a file that is not a bundle gets a message naming it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { sampleBundle } from '../fixtures/bundles/bundle-rows';
import { test } from './fixtures/test';
import { ShellPage } from './pages/shell-page';

const folder = mkdtempSync(join(tmpdir(), 'shipready-open-with-'));
const bundlePath = join(folder, 'Ada portfolio.shipready');
const brokenPath = join(folder, 'half.shipready');
const notAReviewPath = join(folder, 'notes.shipreview');
writeFileSync(bundlePath, (await sampleBundle()).text);
writeFileSync(brokenPath, '{"format":"shipready-portfolio",');
writeFileSync(notAReviewPath, '{"format":"something-else"}');

describe('opening a bundle from the file manager', () => {
  test.override({ launchOptions: { openFiles: [bundlePath] } });

  test('shows it read-only in the review space', async ({ app }) => {
    await new ShellPage(app.page).waitReady();
    await app.page.getByRole('heading', { level: 1, name: 'Reviewing Ada' }).waitFor();
    expect(app.page.url()).toContain('#/review/bundle/');
    const messages = app.page.getByRole('region', { name: 'Messages' });
    await expect.poll(() => messages.textContent()).toContain('Ada portfolio.shipready opened read-only');
  });
});

describe('opening broken files from the file manager', () => {
  test.override({ launchOptions: { openFiles: [brokenPath, notAReviewPath] } });

  test('names each file and changes nothing', async ({ app }) => {
    const shell = new ShellPage(app.page);
    await shell.waitReady();
    const messages = app.page.getByRole('region', { name: 'Messages' });
    await expect.poll(() => messages.textContent()).toContain('half.shipready cannot be opened');
    await expect.poll(() => messages.textContent()).toContain('notes.shipreview was not imported');
    await shell.open('Review');
    await app.page.getByText('No bundles opened yet.').waitFor();
    await app.page.getByText('When a mentor sends back a review file, import it here.').waitFor();
  });
});
