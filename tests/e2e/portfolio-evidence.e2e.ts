import { expect } from 'vitest';
import { test } from './fixtures/test';
import { PortfolioPage } from './pages/portfolio-page';
import { ProjectPage } from './pages/project-page';
import { ShellPage } from './pages/shell-page';

const tenRuns = [
  'date,label,model,recall@5,faithfulness,p95_ms',
  ...Array.from(
    { length: 10 },
    (_, i) =>
      `2026-10-${String(i + 10).padStart(2, '0')},sweep ${i + 1},local-8b,${(0.6 + i * 0.02).toFixed(2)},0.8${i},${900 - i * 10}`,
  ),
].join('\n');

test('a project from the month 2 milestone collects runs, deltas, a chart, an import and a comparison; delete is undoable', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  const portfolio = new PortfolioPage(app.page);
  const project = new ProjectPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');

  await portfolio.startFrom(/^Month 2 milestone/);
  await app.page.getByRole('heading', { level: 1, name: 'A RAG system you can measure' }).waitFor();
  await expect
    .poll(() => app.page.getByRole('list', { name: 'Milestones' }).getByRole('listitem').count())
    .toBeGreaterThanOrEqual(3);

  await project.logRun(
    'baseline',
    [
      { metric: 'Recall@k', k: '5', value: '0.62' },
      { metric: 'Faithfulness', value: '0.78' },
    ],
    { model: 'local-8b' },
  );
  await expect.poll(() => project.runLabels()).toEqual(['baseline']);
  await project.logRun(
    'reranked',
    [
      { metric: 'Recall@k', k: '5', value: '0.81' },
      { metric: 'Faithfulness', value: '0.86' },
    ],
    { baseline: 'baseline', model: 'local-8b-rerank' },
  );
  await expect.poll(() => project.summaryRow('Recall@5')).toContain('▲ better');
  expect(await project.summaryRow('Recall@5')).toContain('+0.19');
  await expect.poll(() => project.chart().getAttribute('aria-label')).toContain('Recall@5 over 2 runs');

  await app.pickFile(() => project.importButton().click(), { name: 'sweep.csv', content: tenRuns });
  await project.importDialog().getByText('10 runs ready').waitFor();
  await project.importDialog().getByRole('button', { name: 'Import 10 runs' }).click();
  await expect.poll(async () => (await project.runLabels()).length).toBe(12);

  await expect.poll(() => project.compare(['baseline', 'reranked'], false)).toContain('Dataset');
  await expect.poll(() => project.compare([], true)).not.toContain('Dataset');
  expect(await project.compare([], true)).toEqual(
    expect.arrayContaining(['Model', 'Recall@5', 'Faithfulness']),
  );

  await shell.reload();
  await app.page.getByRole('heading', { level: 1, name: 'A RAG system you can measure' }).waitFor();
  await expect.poll(async () => (await project.runLabels()).length).toBe(12);

  await app.page.getByRole('button', { name: 'Delete project' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
  await expect.poll(() => portfolio.projectTitles()).toEqual([]);
  await shell.notices().getByRole('button', { name: 'Undo' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'A RAG system you can measure' }).waitFor();
  await shell.reload();
  await expect.poll(async () => (await project.runLabels()).length).toBe(12);
  expect(await project.summaryRow('Recall@5')).toContain('Recall@5');
});

test('bad numbers are refused with the field named, and nothing is logged', async ({ app }) => {
  const shell = new ShellPage(app.page);
  const portfolio = new PortfolioPage(app.page);
  const project = new ProjectPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await portfolio.createProject('Checks');
  await app.page.getByRole('heading', { level: 1, name: 'Checks' }).waitFor();
  await project.logRun('bad', [{ metric: 'Faithfulness', value: '1.7' }]);
  expect(await project.problems().textContent()).toMatch(
    /Metric 1 value: Faithfulness must be between 0 and 1/,
  );
  await project.logRun('bad', [{ metric: 'Latency p95', value: '-5' }]);
  expect(await project.problems().textContent()).toMatch(/^Metric 1 value: /);
  await project.logRun('bad', [{ metric: 'Faithfulness', value: 'high' }]);
  expect(await project.problems().textContent()).toMatch(/Metric 1 value: Enter a number/);
  expect(await project.runLabels()).toEqual([]);

  await app.pickFile(() => project.importButton().click(), {
    name: 'broken.csv',
    content: 'date,faithfulness\n2026-10-01,1.7\n',
  });
  expect(await project.importDialog().getByRole('alert').textContent()).toContain(
    'row 1, column "faithfulness"',
  );
  expect(
    await project
      .importDialog()
      .getByRole('button', { name: /Fix the problems/ })
      .isDisabled(),
  ).toBe(true);
  await project.importDialog().getByRole('button', { name: 'Cancel' }).click();
  await app.pickFile(() => project.importButton().click(), {
    name: 'wrong.json',
    content: '{"projects": []}',
  });
  expect(await project.importDialog().getByRole('alert').textContent()).toContain('runs');
  await project.importDialog().getByRole('button', { name: 'Cancel' }).click();
  expect(await project.runLabels()).toEqual([]);
});
