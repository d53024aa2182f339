// What one request ends with: its last event (a complete answer or one failure), and what it cost.
import type { LlmEvent } from '../../../shared/llm/contract';

type WithoutId<E> = E extends LlmEvent ? Omit<E, 'requestId'> : never;

export type LlmEventBody = WithoutId<LlmEvent>;
export type LlmFailure = Extract<LlmEventBody, { type: 'error' }>;
export type LlmAnswer = Extract<LlmEventBody, { type: 'done' }>;

export interface RunOutcome {
  last: LlmAnswer | LlmFailure;
  /** Counted toward the monthly cap: finite and non-negative, also when the request failed mid-way. */
  billedUsd: number;
}
