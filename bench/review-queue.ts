// Times building today's review queue from 5,000 cards and 100,000 review-log rows: the log grouped by card
// (undos applied), stored states checked against it, and the due and new cards picked under the daily caps.
import type { RatingRow, ReviewCardState, ReviewLogRow, ReviewRating } from '../shared/domain/review-cards';
import type { ReviewCard } from '../shared/review-queue/catalogue';
import { buildDueQueue } from '../shared/review-queue/due-queue';
import { currentStates, replayCard, standingRatings } from '../shared/review-queue/replay';

const day = 86_400_000;

function cards(count: number): ReviewCard[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i % 6}-lesson-${Math.floor(i / 4)}/q${(i % 4) + 1}`,
    kind: 'lesson-question' as const,
    question: `Question ${i}`,
    answerPoints: ['a', 'b', 'c'],
    skills: [`skill-${i % 16}`],
    sourceId: `m${i % 6}-lesson-${Math.floor(i / 4)}`,
    sourceTitle: `Lesson ${Math.floor(i / 4)}`,
    lessons: [`m${i % 6}-lesson-${Math.floor(i / 4)}`],
  }));
}

/** Ratings spread over two years, one card in ten never rated (new), and an undo every 50th row. */
function history(deck: ReviewCard[], rows: number, now: number): ReviewLogRow[] {
  const rated = deck.filter((_, i) => i % 10 !== 0);
  const perCard = Math.floor(rows / rated.length);
  const log: ReviewLogRow[] = [];
  let n = 0;
  for (const card of rated) {
    for (let r = 0; r < perCard && log.length < rows; r += 1) {
      n += 1;
      const at = new Date(now - 730 * day + ((r * 730) / perCard) * day + (n % 1000) * 1000).toISOString();
      const rating = ((n * 7) % 4) + 1;
      log.push({
        id: `r${n}`,
        kind: 'rating',
        cardId: card.id,
        rating: rating as ReviewRating,
        covered: [0],
        at,
      });
      if (n % 50 === 0 && log.length < rows)
        log.push({ id: `u${n}`, kind: 'undo', cardId: card.id, undoes: `r${n}`, at });
    }
  }
  return log;
}

function medianMs(run: () => void, times: number): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

export function benchReviewQueue(times = 9) {
  const now = new Date('2027-06-01T09:00:00.000Z');
  const deck = cards(5000);
  const log = history(deck, 100_000, now.getTime());
  // The stored states the app keeps beside the log: each card's replay (setup, not timed).
  const grouped = standingRatings(log);
  const stored: ReviewCardState[] = [];
  for (const [id, ratings] of grouped) {
    const state = replayCard(id, ratings as RatingRow[]);
    if (state) stored.push(state);
  }
  const dayStart = new Date('2027-06-01T00:00:00.000Z');
  const dayEnd = new Date(dayStart.getTime() + day);
  let queue = buildDueQueue({
    introduced: deck,
    states: new Map(),
    ratings: new Map(),
    now,
    dayStart,
    dayEnd,
    newCardsPerDay: 10,
  });
  const build = (states: ReviewCardState[]) => () => {
    const ratings = standingRatings(log);
    queue = buildDueQueue({
      introduced: deck,
      states: currentStates(states, ratings),
      ratings,
      now,
      dayStart,
      dayEnd,
      newCardsPerDay: 10,
    });
  };
  const ms = medianMs(build(stored), times);
  // After a merge of another device's log no stored state follows it: every card is replayed.
  const replayMs = medianMs(build([]), 3);
  return {
    cards: deck.length,
    logRows: log.length,
    ms,
    replayAllMs: replayMs,
    due: queue.dueCount,
    waiting: queue.waitingCount,
    fresh: queue.newCount,
  };
}
