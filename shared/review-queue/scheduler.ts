// The one place ts-fsrs is called: a card state row to and from an FSRS card, one rating, and previews.
import { type Card, createEmptyCard, date_diff, forgetting_curve, fsrs, type Grade, State } from 'ts-fsrs';
import {
  type CardStateName,
  cardStates,
  type ReviewCardState,
  type ReviewRating,
} from '../domain/review-cards';

/**
 * Day-sized steps only (no minute steps): a session never shows a card twice, so a card rated Again
 * comes back on a later day. No fuzz: replaying the same log on two devices must give the same dates.
 */
export const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

const stateNumber: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/** The FSRS card a state row describes; a card never rated is a new card. */
export function toFsrsCard(row: ReviewCardState | undefined, now: Date): Card {
  if (!row) return createEmptyCard(now);
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: stateNumber[row.state],
    ...(row.lastReview ? { last_review: new Date(row.lastReview) } : {}),
  };
}

export function fromFsrsCard(
  id: string,
  card: Card,
  lastReviewId: string,
  updatedAt: string,
): ReviewCardState {
  return {
    id,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: cardStates[card.state] ?? 'review',
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
    lastReviewId,
    updatedAt,
  };
}

/** The card's state after one rating at `at`. */
export function rateCard(
  id: string,
  before: ReviewCardState | undefined,
  rating: ReviewRating,
  at: Date,
  reviewId: string,
): ReviewCardState {
  const { card } = scheduler.next(toFsrsCard(before, at), at, rating as Grade);
  return fromFsrsCard(id, card, reviewId, at.toISOString());
}

/** When the card would be due again after each of the four ratings, if rated at `now`. */
export function previewDue(before: ReviewCardState | undefined, now: Date): Record<ReviewRating, Date> {
  const preview = scheduler.repeat(toFsrsCard(before, now), now);
  const due = (rating: ReviewRating) => preview[rating as Grade].card.due;
  return { 1: due(1), 2: due(2), 3: due(3), 4: due(4) };
}

/**
 * The chance of recalling the card at `now` (0 to 1); a card never rated has none to speak of. The same
 * sum as ts-fsrs's get_retrievability, from its own functions, without building a card per call: the
 * queue asks this of thousands of cards.
 */
export function recallChance(row: ReviewCardState | undefined, now: Date): number {
  if (!row || row.state === 'new' || !row.lastReview) return 0;
  const elapsed = Math.max(date_diff(now, new Date(row.lastReview), 'days'), 0);
  return forgetting_curve(scheduler.parameters.w, elapsed, +row.stability.toFixed(8));
}
