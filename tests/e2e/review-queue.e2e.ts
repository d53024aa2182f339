// A person finishes two lessons, reviews their questions from the keyboard, takes one rating back, and
// after a reload and a week later sees exactly the due dates and due count that ts-fsrs gives for the log.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { type Card, createEmptyCard, fsrs, type Grade } from 'ts-fsrs';
import { expect } from 'vitest';
import type { RatingRow, ReviewLogRow } from '../../shared/domain/review-cards';
import { test } from './fixtures/test';
import { ReviewQueuePage } from './pages/review-queue-page';
import { RoadmapPage } from './pages/roadmap-page';
import { ShellPage } from './pages/shell-page';

const first = 'Async Python for I/O-bound LLM work';
const start = new Date('2027-01-04T09:00:00');
const week = 7 * 86_400_000;
// The reference scheduler, set as the app promises: no fuzz, day-sized steps.
const reference = fsrs({ enable_fuzz: false, enable_short_term: false });

/** Each card's due date from the ratings that stand in the log, computed by ts-fsrs alone. */
function expectedDue(log: ReviewLogRow[]): Record<string, string> {
  const undone = new Set(log.flatMap((row) => (row.kind === 'undo' ? [row.undoes] : [])));
  const ratings = log
    .filter((row): row is RatingRow => row.kind === 'rating' && !undone.has(row.id))
    .sort((a, b) => a.at.localeCompare(b.at));
  const cards = new Map<string, Card>();
  for (const row of ratings) {
    const at = new Date(row.at);
    const card = cards.get(row.cardId) ?? createEmptyCard<Card>(at);
    cards.set(row.cardId, reference.next(card, at, row.rating as Grade).card);
  }
  return Object.fromEntries([...cards].map(([id, card]) => [id, card.due.toISOString()]));
}

/** axe-core's serious and critical findings on the page as it is now (a card with its answer points shown). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
}

test('review finished lessons with the keyboard, undo a rating, and see the due dates after a reload and a week', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  const roadmap = new RoadmapPage(app.page);
  const review = new ReviewQueuePage(app.page);
  await app.page.clock.install({ time: start });
  await shell.reload();

  await roadmap.openMonth(1);
  await roadmap.openLesson(first);
  await roadmap.press('d');
  await expect.poll(() => roadmap.lessonStatus()).toBe('Done');
  await roadmap.press('ArrowRight');
  await app.page.getByRole('heading', { level: 1, name: /^Bounded concurrency/ }).waitFor();
  await roadmap.press('d');
  await expect.poll(() => roadmap.lessonStatus()).toBe('Done');

  await shell.open('Roadmap');
  await expect.poll(() => review.newCount()).toBe(6);
  expect(await review.dueCount()).toBe(0);
  await review.startWithKeyboard();

  const ratings = ['3', '1', '4', '2', '3', '3'];
  const rated: string[] = [];
  let card = await review.currentCardId();
  for (const [index, key] of ratings.entries()) {
    expect(card).not.toBeNull();
    await review.revealWithSpace();
    if (index === 0) expect(await seriousViolations(app.page)).toEqual([]);
    await review.tickFirstPointWithKeyboard();
    await review.pressKey(key);
    rated.push(card ?? '');
    const next = await review.nextCardAfter(card);
    if (index === 1) {
      // Take the Again back: the same card returns, and is rated Good instead.
      await review.pressKey('u');
      expect(await review.nextCardAfter(next)).toBe(card);
      await review.revealWithSpace();
      await review.pressKey('3');
      card = await review.nextCardAfter(card);
    } else card = next;
  }
  await review.done().waitFor();
  expect(new Set(rated).size).toBe(6);

  const log = await review.readLog();
  expect(log.filter((row) => row.kind === 'rating')).toHaveLength(7);
  expect(log.filter((row) => row.kind === 'undo')).toHaveLength(1);
  expect(log.find((row) => row.kind === 'rating' && row.cardId === rated[0])).toMatchObject({ covered: [0] });

  await shell.reload();
  await shell.open('Roadmap');
  await expect.poll(() => review.newCount()).toBe(0);
  expect(await review.dueCount()).toBe(0);
  const due = expectedDue(log);
  const soonest = Object.entries(due)
    .sort(([a, x], [b, y]) => x.localeCompare(y) || a.localeCompare(b))
    .slice(0, 5);
  expect(await review.nextDueDates()).toEqual(Object.fromEntries(soonest));

  await app.page.clock.setSystemTime(new Date(start.getTime() + week));
  await shell.reload();
  await shell.open('Roadmap');
  const endOfDay = await review.endOfLocalDay();
  const dueInAWeek = Object.values(due).filter((at) => Date.parse(at) < endOfDay).length;
  expect(dueInAWeek).toBeGreaterThan(0);
  await expect.poll(() => review.dueCount()).toBe(dueInAWeek);
}, 120_000);
