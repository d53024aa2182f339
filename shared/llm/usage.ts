// Token counts as a server reports them, made safe to price: finite, non-negative whole numbers under a
// sane bound, or `null` when the server gave nothing usable. Nothing a server sends can become NaN here.

/** No model reads more than this in one request. */
export const maxInputTokens = 2_000_000;

export function clampTokens(raw: unknown, bound: number): number | null {
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) return null;
  return Math.min(Math.round(raw), Math.max(0, Math.floor(bound)));
}

/**
 * The most input tokens a request of this length is counted as: tokenizers average about four characters
 * a token, so two is generous. The cap's worst case uses the same bound, so a reported count can never
 * cost more than the cap check allowed for.
 */
export function inputTokenBound(chars: number): number {
  // The fixed part covers the framing every request carries, however short.
  return Math.min(maxInputTokens, Math.ceil(Math.max(0, chars) / 2) + 1024);
}
