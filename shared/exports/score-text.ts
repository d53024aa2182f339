// How scores and counts read in every export: one decimal at most, and 0 for anything that is not a number.

/** A 0–100 score with at most one decimal. */
export function scoreText(score: number): string {
  return Number.isFinite(score) ? String(Math.round(score * 10) / 10) : '0';
}

/** A count as a whole number that is never negative. */
export function countOf(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}
