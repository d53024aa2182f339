// Cost of a request from its token counts, and the monthly cap check, for both sides: the desktop side
// enforces the cap where the usage is known, the page uses the same check to explain it before sending.
import { inputTokenBound } from './usage';

/** US dollars per million tokens, input and output, by model family. */
const prices: { match: RegExp; input: number; output: number }[] = [
  { match: /opus/i, input: 15, output: 75 },
  { match: /sonnet/i, input: 3, output: 15 },
  { match: /haiku/i, input: 1, output: 5 },
];

/** Past this a count is nonsense; capping it keeps every price finite. */
const maxPricedTokens = 1e12;
const safeCount = (tokens: number) =>
  Number.isFinite(tokens) && tokens > 0 ? Math.min(tokens, maxPricedTokens) : 0;

/**
 * Priced by the model the person configured, never the name a reply carries. Local servers cost nothing.
 * Always a finite, non-negative number, whatever the counts.
 */
export function estimateCostUsd(
  model: string,
  inputTokens: number,
  outputTokens: number,
  local = false,
): number {
  if (local) return 0;
  // Unknown models are priced like the mid tier so a cap still bites.
  const price = prices.find((p) => p.match.test(model)) ?? { input: 3, output: 15 };
  const usd = (safeCount(inputTokens) * price.input + safeCount(outputTokens) * price.output) / 1_000_000;
  return Math.round(usd * 10_000) / 10_000;
}

/** The most one request can cost: its input at the bound for its length, its answer at the full limit. */
export function worstCaseCostUsd(
  model: string,
  request: { system: string; user: string; maxTokens: number },
  local: boolean,
): number {
  return estimateCostUsd(
    model,
    inputTokenBound(request.system.length + request.user.length),
    request.maxTokens,
    local,
  );
}

export type CapCheck = { ok: true } | { ok: false; message: string };

/** Fails closed: a spend or cost that is not a finite, non-negative number refuses the request. */
export function checkMonthlyCap(spentUsd: number, worstCaseUsd: number, capUsd: number): CapCheck {
  const sane = (n: number) => Number.isFinite(n) && n >= 0;
  if (!sane(spentUsd) || !sane(worstCaseUsd) || !sane(capUsd)) {
    return {
      ok: false,
      message: 'This month’s LLM spend could not be read, so nothing was sent. Correct it in Settings.',
    };
  }
  if (spentUsd + worstCaseUsd > capUsd) {
    return {
      ok: false,
      message: `This could take spending this month to $${(spentUsd + worstCaseUsd).toFixed(2)}, above your cap of $${capUsd.toFixed(2)}. Raise the cap in Settings or wait for next month.`,
    };
  }
  return { ok: true };
}
