import { expect } from 'vitest';
import { test } from './fixtures/test';
import { RoadmapPage } from './pages/roadmap-page';
import { ShellPage } from './pages/shell-page';

const first = 'Async Python for I/O-bound LLM work';
const second = 'Bounded concurrency, backpressure, and when async stops helping';

test('a person works through lessons with the keyboard, takes notes, and everything survives a reload', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  const roadmap = new RoadmapPage(app.page);
  await shell.waitReady();
  const before = await roadmap.overallText();
  expect(before).toMatch(/^0% · 0 of (\d+) complete \(0 done\)$/);
  const total = Number(/of (\d+)/.exec(before)?.[1]);

  await roadmap.openMonth(1);
  await roadmap.openLesson(first);
  await roadmap.press('d');
  await expect.poll(() => roadmap.lessonStatus()).toBe('Done');

  await roadmap.notes().fill('gather with return_exceptions, semaphore of 20');
  await roadmap.press('ArrowRight');
  await app.page.getByRole('heading', { level: 1, name: second }).waitFor();
  await roadmap.press('s');
  await roadmap.skipWithReason(/already know/);
  await expect.poll(() => roadmap.lessonStatus()).toBe('Skip…');

  await shell.reload();
  await shell.open('Roadmap');
  expect(await roadmap.overallText()).toBe(`1% · 2 of ${total} complete (1 done, 1 skipped)`);

  await roadmap.openMonth(1);
  await roadmap.openLesson(first);
  expect(await roadmap.lessonStatus()).toBe('Done');
  await expect
    .poll(() => roadmap.notes().inputValue())
    .toBe('gather with return_exceptions, semaphore of 20');
});

test('search finds a lesson by its content, and a note by its text', async ({ app }) => {
  const shell = new ShellPage(app.page);
  const roadmap = new RoadmapPage(app.page);
  await shell.waitReady();
  const hits = await roadmap.search('reciprocal rank fusion');
  expect(hits.some((hit) => hit.includes('Dense, sparse and hybrid retrieval'))).toBe(true);
  await app.page.keyboard.press('Enter');
  await app.page.getByRole('heading', { level: 1, name: /hybrid retrieval/i }).waitFor();

  await roadmap.notes().fill('remember the zebra heuristic');
  await app.page.getByRole('heading', { level: 1 }).click();
  await app.page.getByText('Saved', { exact: true }).waitFor();
  await shell.open('Roadmap');
  const noteHits = await roadmap.search('zebra');
  expect(noteHits).toEqual([expect.stringContaining('Your note')]);
});

test('the pace projection responds to hours per week', async ({ app }) => {
  const shell = new ShellPage(app.page);
  const roadmap = new RoadmapPage(app.page);
  await shell.waitReady();
  const atTen = await roadmap.projectedFinish();
  await roadmap.setHoursPerWeek(5);
  await expect.poll(() => roadmap.projectedFinish()).not.toBe(atTen);
  const slow = await roadmap.projectedFinish();
  await roadmap.setHoursPerWeek(20);
  await expect.poll(() => roadmap.projectedFinish()).not.toBe(slow);
  const fast = await roadmap.projectedFinish();
  expect(new Date(fast).getTime()).toBeLessThan(new Date(slow).getTime());

  await roadmap.setHoursPerWeek(0);
  expect(await app.page.getByRole('alert').filter({ hasText: 'Hours per week' }).textContent()).toContain(
    '1 to 80',
  );
  await shell.reload();
  await expect.poll(() => app.page.getByLabel('Hours per week').inputValue()).toBe('20');
});

test('"?" lists every keyboard shortcut, and Escape closes the list', async ({ app }) => {
  const shell = new ShellPage(app.page);
  await shell.waitReady();
  await app.page.locator('body').click({ position: { x: 5, y: 790 } });
  await app.page.keyboard.press('?');
  const dialog = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain('Mark the lesson, or the focused item, done');
  await app.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
});
