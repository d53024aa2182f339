// The review space by student: two bundles from one student sit under the student with their export dates, the
// cohort lists each student once (latest bundle), and a bundle can be removed with Undo; each line names when it was exported, to the minute.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { axeProblems } from './fixtures/axe-problems';
import { saveShots } from './fixtures/save-shots';
import { test } from './fixtures/test';
import { ExportDialog } from './pages/export-dialog';
import { PortfolioPage } from './pages/portfolio-page';
import { ShellPage } from './pages/shell-page';

test('two bundles from one student group under the student, the cohort lists each student once, Remove has Undo', async ({
  app,
}) => {
  const page = app.page;
  const shell = new ShellPage(page);
  const portfolio = new PortfolioPage(page);
  const exchange = new ExportDialog(page);
  await shell.waitReady();

  await shell.open('Portfolio');
  await portfolio.startFrom(/^Capstone: Production RAG/);
  await shell.open('Portfolio');
  const first = await readFile(await exchange.save('Portfolio bundle', { owner: 'Grace' }), 'utf8');
  const second = await readFile(await exchange.save('Portfolio bundle', { owner: 'Grace' }), 'utf8');
  const other = await readFile(await exchange.save('Portfolio bundle', { owner: 'Ada' }), 'utf8');
  expect(JSON.parse(first).contentHash).not.toBe(JSON.parse(second).contentHash);

  await shell.open('Review');
  for (const [name, content] of [
    ['grace-1.json', first],
    ['grace-2.json', second],
    ['ada.json', other],
  ] as const) {
    await app.pickFile(() => page.getByRole('button', { name: 'Open a student’s bundle…' }).click(), {
      name,
      content,
    });
    await page.getByRole('heading', { level: 1, name: /^Reviewing / }).waitFor();
    await page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('button', { name: 'Review space' })
      .click();
  }
  const grace = page.getByRole('list', { name: 'Bundles from Grace' });
  await expect.poll(() => grace.getByRole('listitem').count()).toBe(2);
  // The list redraws as each opened bundle arrives from the review space: wait until it shows both, grouped.
  await expect
    .poll(async () => (await grace.getByRole('listitem').first().textContent()) ?? '')
    .toMatch(/^Exported .+ · 1 project · latest/);
  const lines = await grace.getByRole('listitem').allTextContents();
  expect(lines[0]).toMatch(/^Exported .+ · 1 project · latest/);
  // Exported seconds apart, the two lines still differ: the time is shown, not only the day.
  expect(lines[0]).toMatch(/\d{2}:\d{2}/);
  expect(new Set(lines).size).toBe(2);
  expect(await page.getByRole('list', { name: 'Bundles from Ada' }).getByRole('listitem').count()).toBe(1);

  const axe = await axeProblems(page, 'review space with bundles');
  await saveShots(page, 'review-space', () =>
    page.locator('section.card', { has: page.getByRole('heading', { name: 'Review space (for mentors)' }) }),
  );
  await grace.getByRole('button').first().click();
  await page.getByRole('heading', { level: 1, name: 'Reviewing Grace' }).waitFor();
  axe.push(...(await axeProblems(page, 'bundle review')));
  await saveShots(page, 'review-project', () => page.locator('.review-project').first());
  await saveShots(page, 'review-recommendation', () =>
    page.locator('section.card', { has: page.getByRole('heading', { name: 'Recommendation' }) }),
  );
  // Drafts are per bundle: a summary typed on the latest bundle is not on the older one, even going straight there.
  const summary = page.getByLabel('Summary for the student');
  await summary.fill('Latest: measure before you tune.');
  const older = `#/review/bundle/${encodeURIComponent(JSON.parse(first).contentHash)}`;
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, older);
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(older);
  await expect.poll(() => summary.inputValue()).toBe('');
  await page.goBack();
  await expect.poll(() => summary.inputValue()).toBe('Latest: measure before you tune.');
  await page
    .getByRole('navigation', { name: 'Breadcrumbs' })
    .getByRole('button', { name: 'Review space' })
    .click();

  // The cohort: Ada and Grace, once each.
  await page.getByRole('button', { name: 'Compare the cohort' }).click();
  const table = page.getByRole('table', { name: 'Cohort comparison' });
  await table.waitFor();
  axe.push(...(await axeProblems(page, 'cohort')));
  const students = await table.locator('tbody th').allTextContents();
  expect(students.map((s) => s.replace(/ready to apply|Missing:.*$/g, '').trim()).sort()).toEqual([
    'Ada',
    'Grace',
  ]);

  // Remove Grace's older bundle, then Undo.
  await page
    .getByRole('navigation', { name: 'Breadcrumbs' })
    .getByRole('button', { name: 'Review space' })
    .click();
  await grace
    .getByRole('button', { name: /^Remove Grace’s bundle/ })
    .last()
    .click();
  await expect.poll(() => grace.getByRole('listitem').count()).toBe(1);
  await shell.notices().getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => grace.getByRole('listitem').count()).toBe(2);
  expect(axe).toEqual([]);
}, 90_000);
