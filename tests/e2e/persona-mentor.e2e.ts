// The mentor's flow and its answer reaching the student, in one page, never reloading: the student's
// README leaves readiness and progress out by default, the mentor scores the capstone's rubric, and the
// student sees each score beside the project with the rubric's own text.
import { readdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect } from 'vitest';
import { test } from './fixtures/test';
import { ExportDialog } from './pages/export-dialog';
import { PortfolioPage } from './pages/portfolio-page';
import { ShellPage } from './pages/shell-page';

const readmeLabel = 'README (Markdown)';

test('a mentor scores a capstone and the student reads each score beside the project, with its criterion', async ({
  app,
}) => {
  const page = app.page;
  const shell = new ShellPage(page);
  const portfolio = new PortfolioPage(page);
  const exchange = new ExportDialog(page);
  await shell.waitReady();

  // The student: a capstone project; the README for a repository shows the project, not a self-assessment.
  await shell.open('Portfolio');
  await portfolio.startFrom(/^Capstone: Production RAG/);
  await page
    .getByRole('heading', { level: 1, name: 'Production RAG system with hybrid retrieval' })
    .waitFor();
  const title = 'Production RAG system with hybrid retrieval';
  await shell.open('Portfolio');
  const readme = await readFile(await exchange.save(readmeLabel, { owner: 'Grace' }), 'utf8');
  expect(readme.split('\n')[4]).toBe(`## ${title}`);
  expect(readme).not.toContain('Readiness');
  expect(readme).not.toMatch(/items done/);
  const shared = await readFile(
    await exchange.save(readmeLabel, {
      include: {
        'Readiness score, gaps and flags (HTML report and README)': true,
        'Curriculum progress (HTML report and README)': true,
      },
    }),
    'utf8',
  );
  expect(shared.indexOf('## Readiness')).toBeGreaterThan(shared.indexOf(`## ${title}`));
  expect(shared).toMatch(/\*\*Readiness: \d+ of 100\.\*\*/);

  const bundlePath = await exchange.save('Portfolio bundle');
  const bundle = await readFile(bundlePath, 'utf8');
  const reviewsSaved = async () =>
    (await readdir(dirname(bundlePath))).filter((name) => name.startsWith('shipready-review-')).length;

  // The mentor: open the bundle, score the first rubric line, export the review.
  await shell.open('Review');
  await app.pickFile(() => page.getByRole('button', { name: 'Open a student’s bundle…' }).click(), {
    name: 'grace.json',
    content: bundle,
  });
  await page.getByRole('heading', { level: 1, name: 'Reviewing Grace' }).waitFor();
  // What the mentor judges: design decisions, the milestones ticked, runs, and links with their addresses.
  const card = page.locator('.review-project').first();
  await card.getByRole('heading', { name: 'Design decisions' }).waitFor();
  await card.getByRole('heading', { name: /^Milestones · 0 of \d+ ticked$/ }).waitFor();
  expect(
    await card
      .getByRole('list', { name: `${title} milestones` })
      .getByRole('listitem')
      .count(),
  ).toBeGreaterThan(0);
  // The verdict starts unchosen; exporting without one says so in a sentence and writes nothing.
  expect(await page.getByRole('combobox', { name: 'Overall', exact: true }).inputValue()).toBe('');
  await page.getByLabel('Your name').fill('Linus');
  await page.getByRole('button', { name: 'Export review' }).click();
  await page
    .getByRole('region', { name: 'Messages' })
    .getByText(
      'Before the review can be saved, choose the overall recommendation (Overall). Nothing was written.',
    )
    .waitFor();
  expect(await reviewsSaved()).toBe(0);
  await page.getByRole('combobox', { name: 'Overall', exact: true }).selectOption('Not yet');
  const rubric = page.getByRole('list', { name: `${title} rubric` });
  const firstScore = rubric.getByRole('combobox').first();
  await firstScore.selectOption({ index: 3 });
  await page.getByLabel('Summary for the student').fill('Measure before you tune.');
  await page.locator('.review-project h4 .score').waitFor();
  await page.getByRole('button', { name: 'Export review' }).click();
  const saved = page.getByRole('region', { name: 'Messages' }).getByText(/Review saved to/);
  await saved.waitFor();
  const reviewPath = ((await saved.textContent()) ?? '')
    .replace(/^Review saved to /, '')
    .replace(/\. Send it.*$/, '');
  const review = await readFile(reviewPath, 'utf8');
  const scores = JSON.parse(review).rubricScores as { rubricItemId: string; score: number }[];
  expect(scores).toHaveLength(1);
  expect(JSON.parse(review).recommendation.verdict).toBe('not-yet');

  // The student: import it; the score sits beside the project with the rubric's text and level.
  await shell.open('Review');
  await app.pickFile(() => page.getByRole('button', { name: 'Import a review…' }).click(), {
    name: 'review.json',
    content: review,
  });
  await page.getByRole('list', { name: 'Reviews received' }).getByText('Linus').waitFor();
  await shell.open('Portfolio');
  await page.getByRole('button', { name: title, exact: true }).click();
  const table = page.getByRole('table', { name: 'Scores from Linus' });
  await table.waitFor();
  const rows = await table.getByRole('row').allTextContents();
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain('Retrieval quality is measured and explained');
  expect(rows[1]).toContain(`${scores[0]?.score} of 3`);
}, 90_000);
