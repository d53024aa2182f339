import { expect } from 'vitest';
import { test } from './fixtures/test';
import { PortfolioPage } from './pages/portfolio-page';
import { type MetricEntry, ProjectPage } from './pages/project-page';
import { ShellPage } from './pages/shell-page';

/** Values a person would log for each metric the action names: the baseline, then the run that improves on it. */
const planned: Record<string, { before: string; after: string; k?: string }> = {
  'Recall@k': { before: '0.61', after: '0.79', k: '5' },
  'Error rate': { before: '0.08', after: '0.03' },
  'Pass rate': { before: '0.70', after: '0.86' },
};

test('following the first next action, logging the run it asks for, moves the named skill by the promised amount and flips the banner', async ({
  app,
}) => {
  const { page } = app;
  const shell = new ShellPage(page);
  const portfolio = new PortfolioPage(page);
  const project = new ProjectPage(page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await portfolio.createProject('DocChat', 'Answers support questions from the docs.');
  await page.getByRole('heading', { level: 1, name: 'DocChat' }).waitFor();

  // Everything the gate asks for but the measured run: primary skills, a repository, a live app, a write-up.
  const details = page.getByRole('form', { name: 'Project details' });
  for (const skill of [
    'RAG architecture',
    'LLM API mastery across providers',
    'Python fluency, including async',
    'Prompt engineering and system prompt design',
  ]) {
    await details.getByRole('checkbox', { name: skill, exact: true }).check();
    await details.getByRole('checkbox', { name: `Primary: ${skill}` }).check();
  }
  await details.getByRole('button', { name: 'Add link' }).click();
  await details.getByLabel('Link 1 address').fill('https://github.com/someone/docchat');
  await details.getByRole('button', { name: 'Add link' }).click();
  await details.getByLabel('Link 2 address').fill('https://docchat.example.com');
  expect(await details.getByLabel('Link 2 kind').inputValue()).toBe('live');
  await details
    .getByLabel('Design decisions')
    .fill('Hybrid retrieval with reciprocal rank fusion; 400-token chunks; a reranker before the answer.');
  await details.getByRole('button', { name: 'Save details' }).click();
  await shell.notices().getByText('Project saved.').waitFor();

  await page.evaluate(() => {
    (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
  });
  await shell.open('Readiness');
  const banner = page.getByRole('status', { name: 'Ready to apply' });
  await expect
    .poll(() => banner.textContent())
    .toContain('Missing: a qualifying run with a comparable baseline');
  const first = page.getByRole('list', { name: 'Next actions' }).getByRole('link').first();
  const promise = (await first.textContent()) ?? '';
  const moved = /RAG architecture (\d+) → (\d+)/.exec(promise);
  const asked = /with (.+) on (\d+) examples/.exec(promise);
  expect(promise, promise).toContain('ready to apply');
  if (!moved || !asked)
    throw new Error(`The first action does not say what to log and what moves: ${promise}`);
  const [, from, to] = moved;
  const ragScore = page.locator('[data-skill-score="rag"]');
  expect((await ragScore.textContent())?.trim()).toBe(from);

  await first.click();
  const runForm = page.getByRole('form', { name: 'Log a run' });
  await page.getByRole('heading', { level: 1, name: 'DocChat' }).waitFor();
  await expect.poll(() => runForm.evaluate((form) => form.contains(document.activeElement))).toBe(true);

  const labels = (asked[1] ?? '').split(/, | and /);
  const size = asked[2] ?? '';
  const entries = (which: 'before' | 'after'): MetricEntry[] =>
    labels.map((label) => {
      const values = planned[label];
      if (!values) throw new Error(`No planned value for ${label}`);
      return { metric: label, value: values[which], ...(values.k ? { k: values.k } : {}) };
    });
  await runForm.getByLabel('Dataset', { exact: true }).fill('support-questions');
  await runForm.getByLabel('Dataset size').fill(size);
  await runForm.getByLabel('Split').fill('test');
  await runForm.getByLabel('Commit or URL').fill('a1b2c3d');
  await project.logRun('baseline', entries('before'), { model: 'claude-haiku-4-5' });
  await expect.poll(() => project.runLabels()).toEqual(['baseline']);
  await project.logRun('reranked', entries('after'), { model: 'claude-haiku-4-5', baseline: 'baseline' });
  await expect.poll(async () => (await project.runLabels()).length).toBe(2);

  await shell.open('Readiness');
  await expect.poll(async () => (await ragScore.textContent())?.trim()).toBe(to);
  await expect
    .poll(() => banner.textContent())
    .toMatch(/^Ready to apply: RAG architecture has a qualifying run/);
  expect(
    await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage),
  ).toBe(true);
});
