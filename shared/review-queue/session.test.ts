import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, deck, ratingRow, undoRow, utcDay } from '../../tests/fixtures/review-cards';
import type { ReviewLogRow, ReviewRating } from '../domain/review-cards';
import { buildDueQueue } from './due-queue';
import { currentStates, standingRatings } from './replay';
import { afterRating, emptySession, shownInSession, takeBackLast } from './session';

const start = new Date('2027-01-04T09:00:00.000Z');

const step = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('rate' as const),
      rating: fc.constantFrom<ReviewRating>(1, 2, 3, 4),
      // A session left open can run past midnight and on for days, when rated cards fall due again.
      pause: fc.integer({ min: 1, max: 30 * 3_600_000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
);

describe('a review session', () => {
  it('never shows a card twice, whatever the ratings, undos, earlier history and limits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(
          fc.tuple(fc.nat({ max: 39 }), fc.constantFrom<ReviewRating>(1, 2, 3, 4), fc.nat({ max: 20 })),
        ),
        fc.integer({ min: 0, max: 15 }),
        fc.array(step, { maxLength: 60 }),
        (size, history, newCardsPerDay, steps) => {
          const cards = deck(size);
          const log: ReviewLogRow[] = history
            .filter(([index]) => index < size)
            .map(([index, rating, daysAgo]) =>
              ratingRow(cards[index]?.id ?? '', rating, addDays(start, -daysAgo - 1)),
            );
          let session = emptySession();
          let now = start;
          const rated = new Set<string>();
          for (const action of steps) {
            now = new Date(now.getTime() + (action.kind === 'rate' ? action.pause : 1000));
            const ratings = standingRatings(log);
            const queue = buildDueQueue({
              introduced: cards,
              states: currentStates([], ratings),
              ratings,
              now,
              ...utcDay(now),
              newCardsPerDay,
              shown: shownInSession(session),
            });
            expect(new Set(queue.cardIds).size).toBe(queue.cardIds.length);
            if (action.kind === 'undo') {
              const back = takeBackLast(session);
              if (!back) continue;
              const undone = log.find((row) => row.id === back.undo.reviewId);
              if (undone?.kind === 'rating') log.push(undoRow(undone, now));
              rated.delete(back.undo.cardId);
              session = back.session;
              continue;
            }
            const head = queue.cardIds[0];
            if (head === undefined) continue;
            expect(rated.has(head)).toBe(false);
            rated.add(head);
            const row = ratingRow(head, action.rating, now);
            log.push(row);
            session = afterRating(session, head, row.id);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('takes back nothing when nothing was rated', () => {
    expect(takeBackLast(emptySession())).toBeNull();
  });
});
