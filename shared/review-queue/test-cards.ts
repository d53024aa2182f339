// Cards, ratings and logs for the review queue's tests: a deck of plain cards and a log written like the app's.
import type { RatingRow, ReviewLogRow, ReviewRating } from '../domain/review-cards';
import type { ReviewCard } from './catalogue';

export function deck(size: number, skill = 'rag'): ReviewCard[] {
  return Array.from({ length: size }, (_, index) => ({
    id: `lesson-${Math.floor(index / 3)}/q${(index % 3) + 1}`,
    kind: 'lesson-question' as const,
    question: `Question ${index}`,
    answerPoints: ['one point', 'another point'],
    skills: [skill],
    sourceId: `lesson-${Math.floor(index / 3)}`,
    sourceTitle: `Lesson ${Math.floor(index / 3)}`,
    lessons: [`lesson-${Math.floor(index / 3)}`],
  }));
}

let counter = 0;
export function ratingRow(cardId: string, rating: ReviewRating, at: Date): RatingRow {
  counter += 1;
  return {
    id: `r-${String(counter).padStart(8, '0')}`,
    kind: 'rating',
    cardId,
    rating,
    covered: [],
    at: at.toISOString(),
  };
}

export function undoRow(of: RatingRow, at: Date): ReviewLogRow {
  counter += 1;
  return { id: `u-${counter}`, kind: 'undo', cardId: of.cardId, undoes: of.id, at: at.toISOString() };
}

export const dayMs = 86_400_000;
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);
/** A UTC day as [start, end) for tests; the app passes the person's local day. */
export function utcDay(now: Date): { dayStart: Date; dayEnd: Date } {
  const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { dayStart, dayEnd: addDays(dayStart, 1) };
}
