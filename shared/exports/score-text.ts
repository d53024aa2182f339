// How scores and counts read in every export: whole numbers, rounded as the app shows them, and 0 for
// anything that is not a number.

/** A 0–100 score as a whole number, as on the Readiness page. */
export function scoreText(score: number): string {
  return Number.isFinite(score) ? String(Object.is(Math.round(score), -0) ? 0 : Math.round(score)) : '0';
}

/** A count as a whole number that is never negative. */
export function countOf(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}
