// Builds an answer from raw stream events, as forgiving as compatible servers need: usage may be missing
// anywhere, thinking blocks come before the text and are skipped, and odd values are kept raw for pricing.

/** The parts of the wire events this reads; anything may be missing on a compatible server. */
interface RawEvent {
  type?: unknown;
  index?: unknown;
  message?: { model?: unknown; usage?: { input_tokens?: unknown; output_tokens?: unknown } | null };
  content_block?: { type?: unknown };
  delta?: { type?: unknown; text?: unknown; thinking?: unknown; stop_reason?: unknown };
  usage?: { input_tokens?: unknown; output_tokens?: unknown } | null;
}

export interface AccumulatedAnswer {
  started: boolean;
  stopped: boolean;
  text: string;
  /** Characters of thinking, which count toward the output but are never parsed. */
  thinkingChars: number;
  replyModel: string | null;
  stopReason: string | null;
  /** As the server sent them: possibly absent, negative, fractional or absurd. */
  rawInputTokens: unknown;
  rawOutputTokens: unknown;
}

export function createAccumulator(onText: (text: string) => void) {
  const answer: AccumulatedAnswer = {
    started: false,
    stopped: false,
    text: '',
    thinkingChars: 0,
    replyModel: null,
    stopReason: null,
    rawInputTokens: undefined,
    rawOutputTokens: undefined,
  };
  const blockTypes = new Map<unknown, unknown>();
  return {
    answer,
    add(event: RawEvent) {
      switch (event.type) {
        case 'message_start': {
          answer.started = true;
          const { model, usage } = event.message ?? {};
          if (typeof model === 'string') answer.replyModel = model;
          if (usage?.input_tokens != null) answer.rawInputTokens = usage.input_tokens;
          if (usage?.output_tokens != null) answer.rawOutputTokens = usage.output_tokens;
          return;
        }
        case 'content_block_start':
          blockTypes.set(event.index, event.content_block?.type);
          return;
        case 'content_block_delta': {
          const delta = event.delta ?? {};
          if (delta.type === 'thinking_delta' && typeof delta.thinking === 'string') {
            answer.thinkingChars += delta.thinking.length;
            return;
          }
          const block = blockTypes.get(event.index);
          if (delta.type === 'text_delta' && typeof delta.text === 'string' && block !== 'thinking') {
            answer.text += delta.text;
            onText(delta.text);
          }
          return;
        }
        case 'message_delta':
          if (typeof event.delta?.stop_reason === 'string') answer.stopReason = event.delta.stop_reason;
          if (event.usage?.input_tokens != null) answer.rawInputTokens = event.usage.input_tokens;
          if (event.usage?.output_tokens != null) answer.rawOutputTokens = event.usage.output_tokens;
          return;
        case 'message_stop':
          answer.stopped = true;
          return;
      }
    },
  };
}
