import { describe, expect, it } from 'vitest';
import type { IdMapEntry } from '../../../../shared/content/schema';
import type { ReviewLogRow } from '../../../../shared/domain/review-cards';
import { replayCard, standingRatings } from '../../../../shared/review-queue/replay';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { rateReviewCard, rebuildStaleStates, undoReviewRating } from './review-cards';

const at = new Date('2027-01-04T09:00:00.000Z');
const later = new Date('2027-01-09T09:00:00.000Z');

describe('review cards repository', () => {
  it('appends each rating to the log and keeps the card state the log replays to', async () => {
    const db = await freshDatabase();
    await rateReviewCard(db, { cardId: 'm1-a/q1', rating: 3, covered: [1, 0, 1], idMap: [], at });
    await rateReviewCard(db, { cardId: 'm1-a/q1', rating: 2, covered: [], idMap: [], at: later });
    const log = await db.reviewLog.orderBy('at').toArray();
    expect(log.map((row) => row.kind === 'rating' && row.rating)).toEqual([3, 2]);
    expect(log[0]).toMatchObject({ covered: [0, 1] });
    const replayed = replayCard('m1-a/q1', standingRatings(log).get('m1-a/q1') ?? []);
    expect(await db.reviewCards.get('m1-a/q1')).toEqual(replayed);
  });

  it('undoes a rating with a row of its own: the log keeps both, the state goes back', async () => {
    const db = await freshDatabase();
    await rateReviewCard(db, { cardId: 'm1-a/q1', rating: 3, covered: [], idMap: [], at });
    const before = await db.reviewCards.get('m1-a/q1');
    const second = await rateReviewCard(db, {
      cardId: 'm1-a/q1',
      rating: 1,
      covered: [],
      idMap: [],
      at: later,
    });
    await undoReviewRating(db, second, []);
    expect(await db.reviewLog.count()).toBe(3);
    expect(await db.reviewCards.get('m1-a/q1')).toEqual(before);
    const only = await rateReviewCard(db, { cardId: 'm1-b/q1', rating: 4, covered: [], idMap: [], at });
    await undoReviewRating(db, only, []);
    expect(await db.reviewCards.get('m1-b/q1')).toBeUndefined();
  });

  it('builds on ratings logged under a lesson id the curriculum has since merged away', async () => {
    const db = await freshDatabase();
    const idMap: IdMapEntry[] = [{ kind: 'merged', from: ['m1-old'], to: ['m2-new'], since: 2 }];
    await rateReviewCard(db, { cardId: 'm1-old/q1', rating: 3, covered: [], idMap: [], at });
    await rateReviewCard(db, { cardId: 'm2-new/q1', rating: 3, covered: [], idMap, at: later });
    expect(await db.reviewCards.get('m2-new/q1')).toMatchObject({ reps: 2 });
  });

  it('refuses to undo a rating that is not in the log, and changes nothing', async () => {
    const db = await freshDatabase();
    await rateReviewCard(db, { cardId: 'm1-a/q1', rating: 3, covered: [], idMap: [], at });
    const counts = await rowCounts(db);
    await expect(undoReviewRating(db, 'no-such-rating', [])).rejects.toThrow(/nothing to undo/);
    expect(await rowCounts(db)).toEqual(counts);
  });
});

describe('rebuilding stale card states', () => {
  it('writes the states a merged log replays to, drops states no rating keeps, and then has nothing to do', async () => {
    const db = await freshDatabase();
    await rateReviewCard(db, { cardId: 'm1-a/q1', rating: 3, covered: [], idMap: [], at });
    // Another device's rows arrive as a merge writes them: the log only, no states.
    const merged: ReviewLogRow[] = [
      { id: 'other-1', kind: 'rating', cardId: 'm1-a/q1', rating: 1, covered: [], at: later.toISOString() },
      { id: 'other-2', kind: 'rating', cardId: 'm1-c/q2', rating: 4, covered: [], at: later.toISOString() },
    ];
    await db.reviewLog.bulkAdd(merged);
    const kept = await db.reviewCards.get('m1-a/q1');
    if (!kept) throw new Error('the rating stored no state');
    await db.reviewCards.put({ ...kept, id: 'm1-gone/q1' });
    expect(await rebuildStaleStates(db, [])).toBe(3);
    const log = await db.reviewLog.toArray();
    const ratings = standingRatings(log);
    expect(await db.reviewCards.get('m1-a/q1')).toEqual(replayCard('m1-a/q1', ratings.get('m1-a/q1') ?? []));
    expect(await db.reviewCards.get('m1-c/q2')).toMatchObject({ reps: 1, lastReviewId: 'other-2' });
    expect(await db.reviewCards.get('m1-gone/q1')).toBeUndefined();
    expect(await rebuildStaleStates(db, [])).toBe(0);
  });
});
