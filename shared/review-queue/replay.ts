// Card states derived from the review log: undone ratings drop out, old ids follow the idMap, and a
// stored state counts only while it follows the card's latest rating; otherwise the card is replayed.
import type { IdMapEntry } from '../content/schema';
import type { RatingRow, ReviewCardState, ReviewLogRow } from '../domain/review-cards';
import { cardIdResolver } from './card-ids';
import { rateCard } from './scheduler';

/** The ratings that stand, by current card id, each card's oldest first. */
export function standingRatings(
  log: readonly ReviewLogRow[],
  idMap: readonly IdMapEntry[] = [],
): Map<string, RatingRow[]> {
  const undone = new Set<string>();
  for (const row of log) if (row.kind === 'undo') undone.add(row.undoes);
  const resolve = cardIdResolver(idMap);
  const byCard = new Map<string, RatingRow[]>();
  for (const row of log) {
    if (row.kind !== 'rating' || undone.has(row.id)) continue;
    const id = resolve(row.cardId);
    const list = byCard.get(id);
    if (list) list.push(row);
    else byCard.set(id, [row]);
  }
  const byTime = (a: RatingRow, b: RatingRow) =>
    a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1;
  for (const list of byCard.values()) if (list.length > 1) list.sort(byTime);
  return byCard;
}

/** A card's state after its ratings, in order. */
export function replayCard(id: string, ratings: readonly RatingRow[]): ReviewCardState | undefined {
  let state: ReviewCardState | undefined;
  for (const row of ratings) state = rateCard(id, state, row.rating, new Date(row.at), row.id);
  return state;
}

/** Every rated card's state: the stored one where it follows the latest rating, else replayed from the log. */
export function currentStates(
  stored: readonly ReviewCardState[],
  ratings: ReadonlyMap<string, readonly RatingRow[]>,
): Map<string, ReviewCardState> {
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const states = new Map<string, ReviewCardState>();
  for (const [id, list] of ratings) {
    const latest = list[list.length - 1];
    if (!latest) continue;
    const row = storedById.get(id);
    const state = row && row.lastReviewId === latest.id ? row : replayCard(id, list);
    if (state) states.set(id, state);
  }
  return states;
}

/** What the stored states must become to follow the log: states to write, and ids no standing rating keeps. */
export function staleStates(
  stored: readonly ReviewCardState[],
  states: ReadonlyMap<string, ReviewCardState>,
): { put: ReviewCardState[]; remove: string[] } {
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const put = [...states.values()].filter(
    (state) => storedById.get(state.id)?.lastReviewId !== state.lastReviewId,
  );
  const remove = stored.filter((row) => !states.has(row.id)).map((row) => row.id);
  return { put, remove };
}
