import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { test } from './fixtures/test';
import { ExchangePage } from './pages/exchange-page';
import { PortfolioPage } from './pages/portfolio-page';
import { RoadmapPage } from './pages/roadmap-page';
import { ShellPage } from './pages/shell-page';

test('a mentor reviews an exported bundle and the student sees the comments beside the project', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  const portfolio = new PortfolioPage(app.page);
  await shell.waitReady();

  // The student: a private note, a capstone project, a bundle with notes left out.
  const roadmap = new RoadmapPage(app.page);
  await roadmap.openMonth(1);
  await roadmap.openLesson('Async Python for I/O-bound LLM work');
  await roadmap.notes().fill('my private note about semaphores');
  await app.page.getByRole('heading', { level: 1 }).click();
  await app.page.getByText('Saved', { exact: true }).waitFor();
  await shell.open('Portfolio');
  await portfolio.startFrom(/^Capstone: .*RAG/i);
  const heading = app.page.getByRole('heading', { level: 1 }).filter({ hasNotText: /^Portfolio$/ });
  await heading.waitFor();
  const title = (await heading.textContent()) ?? '';
  await shell.open('Portfolio');
  const bundlePath = await new ExchangePage(app.page).exportAs('Portfolio bundle', {
    owner: 'Grace',
    include: { 'Private notes': false },
  });
  const bundle = await readFile(bundlePath, 'utf8');
  expect(bundle).not.toContain('my private note');
  expect(JSON.parse(bundle).privacy.notes).toBe(false);

  // The mentor: open it read-only, score the capstone, leave an idea and a recommendation, export.
  await shell.open('Review');
  await app.pickFile(() => app.page.getByRole('button', { name: 'Open a student’s bundle…' }).click(), {
    name: 'grace.json',
    content: bundle,
  });
  await app.page.getByRole('heading', { level: 1, name: 'Reviewing Grace' }).waitFor();
  const rubric = app.page.getByRole('list', { name: `${title} rubric` });
  await rubric.getByRole('combobox').first().selectOption({ index: 3 });
  await app.page.getByLabel(`Idea 1 for ${title}`).fill('Add a baseline run before the reranker.');
  await app.page.getByLabel('Summary for the student').fill('Strong start; measure before you tune.');
  await app.page.getByLabel('Your name').fill('Linus');
  // The verdict starts unchosen (issue 15); the mentor picks one.
  await app.page
    .getByRole('combobox', { name: 'Overall', exact: true })
    .selectOption('Almost: one or two gaps');
  // The draft is saved and scored: the rubric line shows its weighted percentage.
  await app.page.locator('.review-project h4 .score').waitFor();
  await app.page.getByRole('button', { name: 'Export review' }).click();
  const saved = app.page.getByRole('region', { name: 'Messages' }).getByText(/Review saved to/);
  await saved.waitFor();
  const reviewPath = ((await saved.textContent()) ?? '')
    .replace(/^Review saved to /, '')
    .replace(/\. Send it.*$/, '');
  const review = await readFile(reviewPath, 'utf8');
  expect(JSON.parse(review)).toMatchObject({
    format: 'shipready-review',
    bundleHash: JSON.parse(bundle).contentHash,
    mentor: { name: 'Linus' },
  });

  // The student: import the review, see the history and the comment beside the project.
  await shell.open('Review');
  await app.pickFile(() => app.page.getByRole('button', { name: 'Import a review…' }).click(), {
    name: 'review.json',
    content: review,
  });
  await app.page.getByRole('list', { name: 'Reviews received' }).getByText('Linus').waitFor();
  await shell.open('Portfolio');
  await app.page.getByRole('button', { name: title, exact: true }).click();
  const comments = app.page.getByRole('region', { name: 'Mentor comments' });
  await comments.waitFor();
  expect(await comments.textContent()).toContain('Add a baseline run before the reranker.');

  // A tampered review is refused, naming the problem.
  await shell.open('Review');
  await app.pickFile(() => app.page.getByRole('button', { name: 'Import a review…' }).click(), {
    name: 'tampered.json',
    content: review.replace('Add a baseline run', 'Skip the baseline run'),
  });
  await app.page
    .getByRole('region', { name: 'Messages' })
    // Named in words, not as the raw field path `contentHash` (issue 15).
    .getByText(/was not imported: Content hash: /)
    .waitFor();
  expect(
    await app.page
      .getByRole('list', { name: 'Reviews received' })
      .getByRole('listitem')
      .filter({ hasText: 'Linus' })
      .count(),
  ).toBeGreaterThan(0);
});
