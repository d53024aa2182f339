// The bootcamp student's flow in one page, never reloading: a project started from the month's milestone,
// runs logged, edited and measured against a baseline, charts dated by run, never 1970.
import { expect } from 'vitest';
import { test } from './fixtures/test';
import { PortfolioPage } from './pages/portfolio-page';
import { ProjectPage } from './pages/project-page';
import { RoadmapPage } from './pages/roadmap-page';
import { ShellPage } from './pages/shell-page';

test('a bootcamp student starts the month 2 project, logs, edits and baselines runs, and reads dated charts', async ({
  app,
}) => {
  const page = app.page;
  const shell = new ShellPage(page);
  const roadmap = new RoadmapPage(page);
  const project = new ProjectPage(page);
  await shell.waitReady();

  await roadmap.openMonth(2);
  const criteria = await page.locator('.milestone .criteria li').allTextContents();
  await page.getByRole('button', { name: 'Start a project from this milestone' }).click();
  await page.getByRole('heading', { level: 1, name: 'A RAG system you can measure' }).waitFor();
  // Every acceptance criterion arrives whole, however long (the list draws once the project's rows load).
  const milestoneItems = page.getByRole('list', { name: 'Milestones' }).getByRole('listitem');
  await expect.poll(() => milestoneItems.count()).toBe(criteria.length);
  const milestones = await milestoneItems.allTextContents();
  expect(milestones).toHaveLength(criteria.length);
  for (const [index, criterion] of criteria.entries()) expect(milestones[index]).toContain(criterion);

  // One run: the chart's only tick is the run's date.
  await project.logRun('baseline', [{ metric: 'Faithfulness', value: '0.7' }]);
  await page.locator('.run-label').first().waitFor();
  const ticks = () => page.locator('figure.chart .recharts-cartesian-axis-tick-value').allTextContents();
  await expect.poll(async () => (await ticks()).some((tick) => /\d{4}$/.test(tick))).toBe(true);
  expect((await ticks()).join(' ')).not.toContain('1970');

  // Edit it after logging: a clearer label and the day it really ran.
  await page.getByRole('button', { name: 'Edit run baseline' }).click();
  const edit = page.getByRole('form', { name: 'Edit run baseline' });
  await edit.getByLabel('Label', { exact: true }).fill('baseline, BM25 only');
  await edit.getByLabel('Date').fill('2026-03-02');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await edit.waitFor({ state: 'detached' });
  await expect.poll(() => project.runLabels()).toEqual(['baseline, BM25 only']);
  await expect.poll(async () => (await ticks()).join(' ')).toContain('Mar 2, 2026');

  // "Use as baseline", then the next run is measured against it.
  await page.getByRole('button', { name: 'Use baseline, BM25 only as baseline' }).click();
  const log = page.getByRole('form', { name: 'Log a run' });
  await expect
    .poll(() =>
      log
        .getByLabel('Baseline')
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent),
    )
    .toBe('baseline, BM25 only (Mar 2, 2026)');
  await project.logRun('hybrid + reranker', [{ metric: 'Faithfulness', value: '0.82' }]);
  await expect.poll(() => project.runLabels()).toHaveLength(2);
  expect(await page.getByRole('list', { name: 'Runs' }).textContent()).toContain(
    'baseline: baseline, BM25 only',
  );
  expect((await ticks()).join(' ')).not.toContain('1970');

  // A message names the field by its label, in a sentence.
  await project.logRun('x'.repeat(130), [{ metric: 'Faithfulness', value: '0.9' }]);
  expect(await project.problems().textContent()).toBe(
    'Label must be 120 characters or fewer (you entered 130).',
  );
  expect(await log.getByText('130 of 120 characters').count()).toBe(1);

  // A link typed without https:// gets it when the field is left.
  await page.getByRole('button', { name: 'Add link' }).click();
  const address = page.getByLabel('Link 1 address');
  await address.fill('github.com/grace/support-rag');
  await address.blur();
  await expect.poll(() => address.inputValue()).toBe('https://github.com/grace/support-rag');

  // The project list: search, sort by title, filter by skill.
  await shell.open('Portfolio');
  const portfolio = new PortfolioPage(page);
  await portfolio.createProject('agent for invoices', 'A tool-calling agent');
  await page.getByRole('heading', { level: 1, name: 'agent for invoices' }).waitFor();
  await shell.open('Portfolio');
  expect(await portfolio.projectTitles()).toEqual(['agent for invoices', 'A RAG system you can measure']);
  await page.getByLabel('Sort projects').selectOption({ label: 'Title (A to Z)' });
  await expect
    .poll(() => portfolio.projectTitles())
    .toEqual(['A RAG system you can measure', 'agent for invoices']);
  await page.getByLabel('Search projects').fill('measure');
  await expect.poll(() => portfolio.projectTitles()).toEqual(['A RAG system you can measure']);
  await page.getByLabel('Search projects').fill('');
  await page.getByLabel('Filter by skill').selectOption({ label: 'RAG architecture' });
  await expect.poll(() => portfolio.projectTitles()).toEqual(['A RAG system you can measure']);
  const badges = await page.getByRole('list', { name: 'Projects' }).locator('.badge').allTextContents();
  expect(badges).toEqual(['Idea']);

  // Back on the month, the button opens the project rather than starting a second one.
  await shell.open('Roadmap');
  await roadmap.openMonth(2);
  await page.getByRole('button', { name: 'Open your project “A RAG system you can measure”' }).click();
  await page.getByRole('heading', { level: 1, name: 'A RAG system you can measure' }).waitFor();
}, 90_000);
