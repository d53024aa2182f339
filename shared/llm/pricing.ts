// Rough cost of a request from its token counts, for the spend cap and the record of each answer.

/** US dollars per million tokens, input and output, by model family; local servers cost nothing. */
const prices: { match: RegExp; input: number; output: number }[] = [
  { match: /opus/i, input: 15, output: 75 },
  { match: /sonnet/i, input: 3, output: 15 },
  { match: /haiku/i, input: 1, output: 5 },
];

export function estimateCostUsd(
  model: string,
  inputTokens: number,
  outputTokens: number,
  local = false,
): number {
  if (local) return 0;
  // Unknown models are priced like the mid tier so a cap still bites.
  const price = prices.find((p) => p.match.test(model)) ?? { input: 3, output: 15 };
  return (
    Math.round(((inputTokens * price.input + outputTokens * price.output) / 1_000_000) * 10_000) / 10_000
  );
}

/** Spend this calendar month (UTC) from stored answers. */
export function spentThisMonth(
  records: { createdAt: string; estimatedCostUsd: number }[],
  today: string,
): number {
  const month = today.slice(0, 7);
  return records
    .filter((r) => r.createdAt.slice(0, 7) === month)
    .reduce((sum, r) => sum + r.estimatedCostUsd, 0);
}
