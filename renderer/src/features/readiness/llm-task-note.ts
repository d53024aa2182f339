// The line under a stored answer: which model, how many tokens, and what it cost, in plain words.
import type { LlmSettings, LlmUsage } from '../../../../shared/llm/contract';

export function answerNote(
  answer: { model: string; replyModel?: string } & LlmUsage,
  settings: Pick<LlmSettings, 'local'>,
): string {
  const named = answer.replyModel ? ` (the server called it ${answer.replyModel})` : '';
  const tokens =
    answer.inputTokens !== null && answer.outputTokens !== null
      ? `${(answer.inputTokens + answer.outputTokens).toLocaleString('en-US')} tokens`
      : 'token use not reported by the server';
  const cost = settings.local
    ? 'no cost (a model on this machine)'
    : answer.costKnown
      ? `about $${answer.costUsd.toFixed(4)}`
      : `cost unknown; counted as up to $${answer.costUsd.toFixed(4)} toward your monthly cap`;
  return `From ${answer.model}${named}, ${tokens}, ${cost}.`;
}
