// The rating an LLM's grade proposes for a review card, from the share of answer points it found covered.
// Only a proposal: the person confirms it by rating, and may pick another.
import type { ReviewRating } from '../domain/review-cards';

export function proposedRating(covered: number, total: number): ReviewRating {
  if (total <= 0 || covered <= 0) return 1;
  const share = Math.min(covered, total) / total;
  if (share >= 1) return 4;
  if (share >= 2 / 3) return 3;
  if (share >= 1 / 3) return 2;
  return 1;
}
