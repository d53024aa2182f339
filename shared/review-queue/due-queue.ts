// Today's queue: due cards, the most forgotten first, under a daily cap that spreads a backlog (after a
// holiday) over the following days, then new cards up to the person's daily limit.
import type { RatingRow, ReviewCardState } from '../domain/review-cards';
import type { ReviewCard } from './catalogue';
import { recallChance } from './scheduler';

/** At most this many reviews a day: 300 cards due after a month away arrive 50 a day, never at once. */
export const reviewsPerDay = 50;
export const defaultNewCardsPerDay = 10;
export const maxNewCardsPerDay = 100;

export interface QueueInput {
  /** Cards the person has studied for, in curriculum order. */
  introduced: readonly ReviewCard[];
  states: ReadonlyMap<string, ReviewCardState>;
  ratings: ReadonlyMap<string, readonly RatingRow[]>;
  now: Date;
  /** The person's local day, as instants: [dayStart, dayEnd). */
  dayStart: Date;
  dayEnd: Date;
  newCardsPerDay: number;
  /** Cards already rated in this session: never shown again in it. */
  shown?: ReadonlySet<string> | undefined;
}

export interface DueQueue {
  /** Card ids to show, in order: due reviews, then new cards. */
  cardIds: string[];
  /** Reviews due today and shown today. */
  dueCount: number;
  newCount: number;
  /** Due cards past today's cap: they wait for the next days. */
  waitingCount: number;
  reviewedToday: number;
  newToday: number;
}

export function buildDueQueue(input: QueueInput): DueQueue {
  const start = input.dayStart.toISOString();
  const end = input.dayEnd.toISOString();
  const endMs = input.dayEnd.getTime();
  let reviewedToday = 0;
  let newToday = 0;
  for (const list of input.ratings.values()) {
    list.forEach((row, index) => {
      if (row.at < start || row.at >= end) return;
      if (index === 0) newToday += 1;
      else reviewedToday += 1;
    });
  }
  const shown = input.shown ?? new Set<string>();
  const due: { id: string; chance: number; due: number }[] = [];
  const fresh: string[] = [];
  for (const card of input.introduced) {
    if (shown.has(card.id)) continue;
    const state = input.states.get(card.id);
    if (!state) fresh.push(card.id);
    else {
      const dueAt = Date.parse(state.due);
      if (dueAt < endMs) due.push({ id: card.id, chance: recallChance(state, input.now), due: dueAt });
    }
  }
  due.sort((a, b) => a.chance - b.chance || a.due - b.due || (a.id < b.id ? -1 : 1));
  const reviewRoom = Math.max(0, reviewsPerDay - reviewedToday);
  const newRoom = Math.max(0, Math.min(maxNewCardsPerDay, input.newCardsPerDay) - newToday);
  const reviews = due.slice(0, reviewRoom).map((entry) => entry.id);
  const newCards = fresh.slice(0, newRoom);
  return {
    cardIds: [...reviews, ...newCards],
    dueCount: reviews.length,
    newCount: newCards.length,
    waitingCount: due.length - reviews.length,
    reviewedToday,
    newToday,
  };
}
