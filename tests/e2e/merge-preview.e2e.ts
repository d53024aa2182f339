// A bundle import lists every row it would remove or overwrite before writing, and the person chooses per
// conflict; IndexedDB holds exactly what the preview said.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { canonicalJson } from '../../shared/bundle/canonical';
import { computeContentHash } from '../../shared/bundle/hash';
import type { PortfolioBundle } from '../../shared/bundle/schema';
import { test } from './fixtures/test';
import { countRows } from './pages/database-rows';
import { ExchangePage } from './pages/exchange-page';
import { PortfolioPage } from './pages/portfolio-page';
import { ProjectPage } from './pages/project-page';
import { ShellPage } from './pages/shell-page';

/** A moment after `iso`: later than the exported row, earlier than any later edit in the app. */
const justAfter = (iso: string) => new Date(Date.parse(iso) + 1).toISOString();

async function rehashed(bundle: PortfolioBundle): Promise<string> {
  const { contentHash: _, ...unhashed } = bundle;
  return canonicalJson({ ...unhashed, contentHash: await computeContentHash(unhashed) });
}

test('a newer copy of a run that drops a metric is previewed as a removal, and a conflict is chosen per row', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  const portfolio = new PortfolioPage(app.page);
  const project = new ProjectPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await portfolio.createProject('DocChat');
  await app.page.getByRole('heading', { level: 1, name: 'DocChat' }).waitFor();
  await project.logRun('Baseline', [
    { metric: 'Faithfulness', value: '0.8' },
    { metric: 'Answer relevancy', value: '0.7' },
  ]);
  await expect.poll(() => countRows(app.page, 'metrics')).toBe(2);
  await shell.open('Portfolio');
  const path = await new ExchangePage(app.page).exportAs('Portfolio bundle', { owner: 'Ada' });
  const exported = JSON.parse(await readFile(path, 'utf8')) as PortfolioBundle;

  // The file: the run relabelled just after export with one metric dropped, and the project retitled
  // earlier than the local edit made below.
  const [run] = exported.sections.evalRuns;
  const [projectRow] = exported.sections.projects;
  if (!run || !projectRow) throw new Error('the export holds the run and the project');
  const edited: PortfolioBundle = {
    ...exported,
    sections: {
      ...exported.sections,
      evalRuns: [{ ...run, label: 'Baseline (rerun)', updatedAt: justAfter(run.updatedAt) }],
      metrics: exported.sections.metrics.filter((metric) => metric.key === 'faithfulness'),
      projects: [
        { ...projectRow, title: 'DocChat (from the file)', updatedAt: justAfter(projectRow.updatedAt) },
      ],
    },
  };
  const text = await rehashed(edited);

  // Locally the project is retitled after the file's edit, so by time the local title would win.
  await shell.open('Portfolio');
  await app.page
    .getByRole('button', { name: /DocChat/ })
    .first()
    .click();
  const details = app.page.getByRole('form', { name: 'Project details' });
  await details.getByLabel('Title').fill('DocChat (mine)');
  await details.getByRole('button', { name: 'Save details' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'DocChat (mine)' }).waitFor();
  await shell.open('Portfolio');

  await app.pickFile(() => app.page.getByRole('button', { name: 'Import a bundle…' }).click(), {
    name: 'rerun.shipready',
    content: text,
  });
  const dialog = app.page.getByRole('dialog', { name: 'Import rerun.shipready' });
  const removed = dialog.getByRole('list', { name: 'Removed from your data' });
  await removed.waitFor();
  expect(await removed.textContent()).toMatch(/Answer relevancy.*Baseline \(rerun\).*does not have it/);
  expect(
    await dialog
      .getByRole('row')
      .filter({ hasText: /^metric values/ })
      .textContent(),
  ).toBe('metric values0011');
  const conflict = dialog.getByRole('group', { name: /project “DocChat \(mine\)”/ });
  expect(await conflict.getByRole('radio', { name: /Keep yours/ }).isChecked()).toBe(true);
  await conflict.getByRole('radio', { name: /Take the file’s/ }).check();
  // Nothing was written while the person looked and chose.
  expect(await countRows(app.page, 'metrics')).toBe(2);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await app.page.getByText(/Imported rerun\.shipready: .*1 removed/).waitFor();
  expect(await countRows(app.page, 'metrics')).toBe(1);
  expect(await countRows(app.page, 'evalRuns')).toBe(1);
  await expect.poll(() => portfolio.projectTitles()).toEqual(['DocChat (from the file)']);
});
