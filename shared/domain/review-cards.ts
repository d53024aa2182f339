// Review-queue rows: each card's scheduling state (a cache the log can rebuild) and the append-only review log.
import { z } from 'zod';
import { count, rowId, timestamp } from './fields';

/** The four answers a person gives a card, as FSRS numbers them: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const reviewRatings = [1, 2, 3, 4] as const;
export type ReviewRating = (typeof reviewRatings)[number];

/** FSRS's card states, by name; the index is ts-fsrs's State number. */
export const cardStates = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof cardStates)[number];

const days = z.number().finite().min(0).max(1_000_000);

/**
 * One card's FSRS memory state after the reviews in the log. It is derived, never edited by hand:
 * `lastReviewId` names the log row it follows, and a state whose row is not the card's latest rating
 * in the log is rebuilt from the log (after a merge of two devices' logs, or an undo).
 */
export const reviewCardSchema = z.strictObject({
  /** The card's content id: a self-check question's id, or `<lesson id>/q<n>` for a lesson question. */
  id: rowId,
  due: timestamp,
  stability: days,
  difficulty: z.number().finite().min(0).max(10),
  elapsedDays: days,
  scheduledDays: days,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.enum(cardStates),
  lastReview: timestamp.optional(),
  lastReviewId: rowId,
  updatedAt: timestamp,
});
export type ReviewCardState = z.infer<typeof reviewCardSchema>;

const rating = z.strictObject({
  id: rowId,
  kind: z.literal('rating'),
  cardId: rowId,
  rating: z.union(reviewRatings.map((value) => z.literal(value))),
  /** Which answer points (by position) the person ticked as covered. */
  covered: z.array(z.number().int().min(0).max(50)).max(50),
  at: timestamp,
});

const undo = z.strictObject({
  id: rowId,
  kind: z.literal('undo'),
  cardId: rowId,
  /** The rating row this takes back; the rating stays in the log, so two devices' logs still merge. */
  undoes: rowId,
  at: timestamp,
});

/** The review log: rows are only ever added. An undo is a row of its own. */
export const reviewLogSchema = z.discriminatedUnion('kind', [rating, undo]);
export type ReviewLogRow = z.infer<typeof reviewLogSchema>;
export type RatingRow = z.infer<typeof rating>;
