// What an answer cost, from usage a server reported: clamped to sane whole numbers, priced by the model the
// person configured (never the name in the reply), and never NaN, negative or unbounded.
import type { LlmUsage } from '../../../shared/llm/contract';
import { estimateCostUsd } from '../../../shared/llm/pricing';
import { clampTokens, inputTokenBound } from '../../../shared/llm/usage';
import type { AccumulatedAnswer } from './answer-accumulator';

export interface PricingContext {
  model: string;
  local: boolean;
  /** The request as sent: its length bounds the input count, its token limit bounds the output. */
  requestChars: number;
  maxTokens: number;
}

export function priceAnswer(answer: AccumulatedAnswer, context: PricingContext): LlmUsage {
  const inputBound = inputTokenBound(context.requestChars);
  const inputTokens = clampTokens(answer.rawInputTokens, inputBound);
  const outputTokens = clampTokens(answer.rawOutputTokens, context.maxTokens);
  const known = inputTokens !== null && outputTokens !== null;
  // Unknown counts are priced at what they could have been, so a silent server never spends for free.
  const billedInput = inputTokens ?? inputBound;
  const billedOutput =
    outputTokens ??
    (answer.stopped
      ? context.maxTokens
      : Math.min(context.maxTokens, Math.ceil((answer.text.length + answer.thinkingChars) / 3) + 1));
  return {
    inputTokens,
    outputTokens,
    costUsd: estimateCostUsd(context.model, billedInput, billedOutput, context.local),
    costKnown: known || context.local,
  };
}
