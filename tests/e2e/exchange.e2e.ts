import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { launchChromium, target } from './fixtures/launch';
import { test } from './fixtures/test';
import { ExchangePage } from './pages/exchange-page';
import { PortfolioPage } from './pages/portfolio-page';
import { ProjectPage } from './pages/project-page';
import { ShellPage } from './pages/shell-page';

const payload =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"><svg onload="window.__pwned=3">';

test('an HTML report with script, onerror and javascript: payloads in every text field runs nothing and loads nothing', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  const portfolio = new PortfolioPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await portfolio.createProject(`Title ${payload}`, `Summary ${payload}`);
  await app.page.getByRole('heading', { level: 1, name: /^Title/ }).waitFor();
  const details = app.page.getByRole('form', { name: 'Project details' });
  await details.getByLabel('Design decisions').fill(`Decisions ${payload}`);
  await details.getByLabel('Postmortem').fill(`Postmortem ${payload}`);
  await details.getByRole('button', { name: 'Save details' }).click();
  await new ProjectPage(app.page).logRun(`Run ${payload}`, [{ metric: 'Faithfulness', value: '0.8' }], {
    model: `model ${payload}`,
  });
  await expect.poll(() => new ProjectPage(app.page).runLabels()).toHaveLength(1);
  await shell.open('Portfolio');
  const path = await new ExchangePage(app.page).exportAs('HTML report', { owner: `Owner ${payload}` });
  const html = await readFile(path, 'utf8');
  // Payloads survive only as escaped text: no raw tag, no handler attribute inside any real tag.
  expect(html).not.toMatch(/<script|<img|<iframe|<svg[^>]*onload|javascript:/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
  expect(html).toContain('&lt;script&gt;');

  // Open the file as a person would: in a browser, from disk.
  const browser = target === 'chromium' ? null : await launchChromium();
  const context = browser ? await browser.newContext() : await app.page.context().browser()?.newContext();
  if (!context) throw new Error('no browser context');
  const report = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  report.on('request', (request) => requests.push(request.url()));
  report.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await report.goto(pathToFileURL(path).href);
  await report
    .getByText(/Decisions <script>/)
    .first()
    .waitFor();
  expect(await report.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([pathToFileURL(path).href]);
  await context.close();
  await browser?.close();
});

test('a bundle exports, validates and imports again: nothing new is added, and a tampered one is refused', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  const portfolio = new PortfolioPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await portfolio.createProject('Round trip');
  await app.page.getByRole('heading', { level: 1, name: 'Round trip' }).waitFor();
  await shell.open('Portfolio');
  const path = await new ExchangePage(app.page).exportAs('Portfolio bundle', { owner: 'Ada' });
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'shipready-portfolio', owner: { name: 'Ada' } });
  expect(JSON.parse(text).sections.notes).toBeUndefined();

  await app.pickFile(() => app.page.getByRole('button', { name: 'Import a bundle…' }).click(), {
    name: 'round.json',
    content: text,
  });
  const dialog = app.page.getByRole('dialog', { name: 'Import round.json' });
  const projects = dialog.getByRole('row').filter({ hasText: /^projects/ });
  await projects.waitFor();
  expect(await projects.textContent()).toBe('projects0001');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const tampered = text.replace('"Round trip"', '"Round trip, edited"');
  await app.pickFile(() => app.page.getByRole('button', { name: 'Import a bundle…' }).click(), {
    name: 'tampered.json',
    content: tampered,
  });
  expect(await app.page.getByRole('alert', { name: 'Import problems' }).textContent()).toContain(
    'Content hash: The file was changed after export',
  );
  await expect.poll(() => portfolio.projectTitles()).toEqual(['Round trip']);
});
