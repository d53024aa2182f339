// Score arithmetic: one decimal, a mean that tolerates empty lists, and a clamp that keeps every score within 0..100.

/** Rounds to one decimal, so 0.1 + 0.2 reads 0.3 and every shown number equals the stored one. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Finite and within 0..100; anything else (NaN from bad input) reads as 0. */
export function clampScore(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

export function mean(values: number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
