// Token counts as a server reports them, made safe to price: finite, non-negative whole numbers under a
// sane bound, or `null` when the server gave nothing usable. Nothing a server sends can become NaN here.

/** No model reads more than this in one request; a larger count is a server's mistake, priced at the bound. */
export const maxInputTokens = 2_000_000;

export function clampTokens(raw: unknown, bound: number): number | null {
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) return null;
  return Math.min(Math.round(raw), Math.max(0, Math.floor(bound)));
}

/** Roughly four characters a token; used when a server reports no input count. */
export function estimateInputTokens(chars: number): number {
  return Math.min(maxInputTokens, Math.ceil(Math.max(0, chars) / 4) + 16);
}
