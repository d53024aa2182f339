// Writes of the review queue: a rating or an undo is appended to the log, and the card's state (a cache
// of the log) is rebuilt in the same transaction. Log rows are never changed or removed.
import type { IdMapEntry } from '../../../../shared/content/schema';
import type { RatingRow, ReviewLogRow, ReviewRating } from '../../../../shared/domain/review-cards';
import { cardIdAliases } from '../../../../shared/review-queue/card-ids';
import { currentStates, staleStates, standingRatings } from '../../../../shared/review-queue/replay';
import { rateCard } from '../../../../shared/review-queue/scheduler';
import type { ShipReadyDatabase } from '../database';
import { newId } from './ids';

async function cardLog(db: ShipReadyDatabase, cardId: string, idMap: readonly IdMapEntry[]) {
  const rows = await db.reviewLog.where('cardId').anyOf(cardIdAliases(cardId, idMap)).toArray();
  return standingRatings(rows, idMap).get(cardId) ?? [];
}

export interface RatingInput {
  cardId: string;
  rating: ReviewRating;
  covered: number[];
  idMap: readonly IdMapEntry[];
  at?: Date | undefined;
}

/** Logs a rating and stores the card's new state; answers the log row's id (what undo takes back). */
export async function rateReviewCard(db: ShipReadyDatabase, input: RatingInput): Promise<string> {
  const at = input.at ?? new Date();
  const row: RatingRow = {
    id: newId(),
    kind: 'rating',
    cardId: input.cardId,
    rating: input.rating,
    covered: [...new Set(input.covered)].sort((a, b) => a - b),
    at: at.toISOString(),
  };
  await db.transaction('rw', db.reviewLog, db.reviewCards, async () => {
    const ratings = await cardLog(db, input.cardId, input.idMap);
    const stored = await db.reviewCards.get(input.cardId);
    const before = currentStates(stored ? [stored] : [], new Map([[input.cardId, ratings]])).get(
      input.cardId,
    );
    await db.reviewLog.add(row);
    await db.reviewCards.put(rateCard(input.cardId, before, input.rating, at, row.id));
  });
  return row.id;
}

/** Takes back a rating by logging an undo; the card's state is rebuilt from the ratings that stand. */
export async function undoReviewRating(
  db: ShipReadyDatabase,
  reviewId: string,
  idMap: readonly IdMapEntry[],
): Promise<void> {
  await db.transaction('rw', db.reviewLog, db.reviewCards, async () => {
    const rated = await db.reviewLog.get(reviewId);
    if (rated?.kind !== 'rating')
      throw new Error('That rating is not in the review log, so there is nothing to undo.');
    const undo: ReviewLogRow = {
      id: newId(),
      kind: 'undo',
      cardId: rated.cardId,
      undoes: rated.id,
      at: new Date().toISOString(),
    };
    await db.reviewLog.add(undo);
    const cardId = [...standingRatings([rated], idMap).keys()][0] ?? rated.cardId;
    const ratings = await cardLog(db, cardId, idMap);
    const state = currentStates([], new Map([[cardId, ratings]])).get(cardId);
    if (state) await db.reviewCards.put(state);
    else await db.reviewCards.delete(cardId);
  });
}

/**
 * Brings the stored states in line with the log after rows arrived without them (a merged bundle, a
 * restore): recomputed inside the transaction from what is stored then, so a rating made meanwhile is kept.
 * Answers how many rows changed.
 */
export async function rebuildStaleStates(
  db: ShipReadyDatabase,
  idMap: readonly IdMapEntry[],
): Promise<number> {
  return db.transaction('rw', db.reviewLog, db.reviewCards, async () => {
    const stored = await db.reviewCards.toArray();
    const states = currentStates(stored, standingRatings(await db.reviewLog.toArray(), idMap));
    const { put, remove } = staleStates(stored, states);
    if (put.length) await db.reviewCards.bulkPut(put);
    if (remove.length) await db.reviewCards.bulkDelete(remove);
    return put.length + remove.length;
  });
}
