import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { addDays, deck, ratingRow, undoRow, utcDay } from '../../tests/fixtures/review-cards';
import type { ReviewRating } from '../domain/review-cards';
import { reviewCardSchema } from '../domain/review-cards';
import { buildDueQueue, reviewsPerDay } from './due-queue';
import { currentStates, replayCard, standingRatings } from './replay';
import { previewDue, rateCard, recallChance, toFsrsCard } from './scheduler';

// The reference: ts-fsrs itself, set up as the glue promises (no fuzz, day-sized steps).
const reference = fsrs({ enable_fuzz: false, enable_short_term: false });
const start = new Date('2027-01-04T09:00:00.000Z');

describe('scheduling glue against ts-fsrs', () => {
  it.each([1, 2, 3, 4] as ReviewRating[])(
    'gives a new card the due date ts-fsrs gives for rating %i',
    (rating) => {
      const state = rateCard('c1', undefined, rating, start, 'r1');
      const expected = reference.next(createEmptyCard(start), start, rating as Rating.Good).card;
      expect(state.due).toBe(expected.due.toISOString());
      expect(state.stability).toBe(expected.stability);
      expect(reviewCardSchema.parse(state)).toEqual(state);
    },
  );

  it('orders the four answers Again < Hard < Good < Easy, each at least a day away', () => {
    const due = previewDue(undefined, start);
    expect(due[1].getTime()).toBeGreaterThanOrEqual(addDays(start, 1).getTime());
    expect(due[1] < due[2] && due[2] < due[3] && due[3] < due[4]).toBe(true);
  });

  it('gives the chance of recall ts-fsrs gives, at any later time', () => {
    const state = replayCard('c1', [ratingRow('c1', 3, start), ratingRow('c1', 2, addDays(start, 4))]);
    for (const days of [0, 1, 3.5, 10, 45, 400]) {
      const at = addDays(start, 4 + days);
      expect(recallChance(state, at)).toBe(reference.get_retrievability(toFsrsCard(state, at), at, false));
    }
    expect(recallChance(undefined, start)).toBe(0);
  });

  it('replays a chain of ratings, stored between each, exactly as ts-fsrs chains them', () => {
    const ratings: ReviewRating[] = [3, 3, 1, 2, 4];
    let card = createEmptyCard(start);
    let when = start;
    const rows = [];
    for (const rating of ratings) {
      rows.push(ratingRow('c1', rating, when));
      card = reference.next(card, when, rating as Rating.Good).card;
      when = card.due;
    }
    const replayed = replayCard('c1', rows);
    expect(replayed?.due).toBe(card.due.toISOString());
    expect(replayed?.reps).toBe(ratings.length);
    expect(replayed?.lapses).toBe(1);
  });

  it('after a gap of 30 days schedules from the late review, as ts-fsrs does', () => {
    const first = ratingRow('c1', 3, start);
    const lateAt = addDays(new Date(replayCard('c1', [first])?.due ?? start), 30);
    const late = ratingRow('c1', 3, lateAt);
    const one = reference.next(createEmptyCard(start), start, Rating.Good).card;
    const two = reference.next(one, lateAt, Rating.Good).card;
    expect(replayCard('c1', [first, late])?.due).toBe(two.due.toISOString());
    // Recalled after a long gap, the card's next interval grows beyond the first one.
    expect(two.scheduled_days).toBeGreaterThan(one.scheduled_days);
  });

  it('after 30 days away spreads 300 due cards over the next days instead of one wall', () => {
    const cards = deck(300);
    const log = cards.map((card) => ratingRow(card.id, 3, start));
    const back = addDays(start, 30);
    const first = buildDueQueue({
      introduced: cards,
      states: currentStates([], standingRatings(log)),
      ratings: standingRatings(log),
      now: back,
      ...utcDay(back),
      newCardsPerDay: 10,
    });
    expect(first.dueCount).toBe(reviewsPerDay);
    expect(first.waitingCount).toBe(300 - reviewsPerDay);
    // Rating today's share leaves the rest for tomorrow, where the next share is shown.
    const afterToday = [...log, ...first.cardIds.map((id) => ratingRow(id, 3, back))];
    const tomorrow = addDays(back, 1);
    const ratings = standingRatings(afterToday);
    const next = buildDueQueue({
      introduced: cards,
      states: currentStates([], ratings),
      ratings,
      now: tomorrow,
      ...utcDay(tomorrow),
      newCardsPerDay: 10,
    });
    expect(next.dueCount).toBe(reviewsPerDay);
    expect(next.cardIds.some((id) => first.cardIds.includes(id))).toBe(false);
  });

  it('shows no more new cards a day than the limit, counting those started today', () => {
    const cards = deck(25);
    const input = { introduced: cards, now: start, ...utcDay(start), newCardsPerDay: 10 };
    const none = buildDueQueue({ ...input, states: new Map(), ratings: new Map() });
    expect(none.newCount).toBe(10);
    expect(none.cardIds).toEqual(cards.slice(0, 10).map((card) => card.id));
    const log = cards.slice(0, 4).map((card) => ratingRow(card.id, 3, start));
    const ratings = standingRatings(log);
    const later = buildDueQueue({ ...input, states: currentStates([], ratings), ratings });
    expect(later.newToday).toBe(4);
    expect(later.newCount).toBe(6);
    expect(later.cardIds).toEqual(cards.slice(4, 10).map((card) => card.id));
    expect(
      buildDueQueue({ ...input, newCardsPerDay: 0, states: new Map(), ratings: new Map() }).cardIds,
    ).toEqual([]);
  });

  it('undoes the last rating: the card is new again and its state as before the rating', () => {
    const good = ratingRow('c1', 3, start);
    const again = ratingRow('c1', 1, addDays(start, 3));
    const log = [good, again, undoRow(again, addDays(start, 3))];
    const ratings = standingRatings(log);
    expect(ratings.get('c1')).toEqual([good]);
    // The stored state still follows the undone rating: it is rebuilt from the log.
    const stale = replayCard('c1', [good, again]);
    const states = currentStates(stale ? [stale] : [], ratings);
    expect(states.get('c1')).toEqual(replayCard('c1', [good]));
    const onlyUndo = standingRatings([good, undoRow(good, start)]);
    expect(onlyUndo.size).toBe(0);
    const queue = buildDueQueue({
      introduced: deck(1).map((card) => ({ ...card, id: 'c1' })),
      states: currentStates([], onlyUndo),
      ratings: onlyUndo,
      now: start,
      ...utcDay(start),
      newCardsPerDay: 5,
    });
    expect(queue).toMatchObject({ cardIds: ['c1'], newCount: 1, newToday: 0 });
  });

  it('merges two devices logs: the same ratings in any order give the same states', () => {
    const a = [ratingRow('c1', 3, start), ratingRow('c2', 1, start)];
    const b = [ratingRow('c1', 2, addDays(start, 4)), ratingRow('c2', 4, addDays(start, 2))];
    const one = currentStates([], standingRatings([...a, ...b]));
    const other = currentStates([], standingRatings([...b, ...a]));
    expect(other).toEqual(one);
    expect(one.get('c1')?.reps).toBe(2);
  });
});
