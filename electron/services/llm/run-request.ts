// Sends one request with the Anthropic SDK and streams it back as events. Three clocks watch it: the wait
// for the first byte (generous: a local model may need minutes to load), the silence since the last byte
// of any kind (pings count), and the whole request. Every failure becomes one error event.
import Anthropic from '@anthropic-ai/sdk';
import type { LlmPrompt } from '../../../shared/llm/contract';
import { destinationOf } from '../../../shared/llm/loopback';
import { createAccumulator } from './answer-accumulator';
import { classifyError, failure, isRetryable } from './classify-error';
import { priceAnswer } from './price-answer';
import type { LlmEventBody, RunOutcome } from './run-outcome';
import { type Transport, watchedFetch } from './watched-fetch';

export interface RunTiming {
  /** The whole request, retries included. */
  timeoutMs: number;
  /** From sending until the first byte of the answer's body. */
  firstByteMs: number;
  /** Longest silence allowed once bytes have started to arrive. */
  stallMs: number;
  /** How long without a byte before the page is told the model may be loading. */
  loadingNoticeMs: number;
  maxRetries: number;
}

export interface RunOptions extends RunTiming {
  apiKey: string;
  baseUrl: string;
  model: string;
  local: boolean;
  /** The network the SDK's requests go through; Node's fetch unless given. */
  fetch?: Transport;
}

type Clock = 'first-byte' | 'stall' | 'overall' | null;

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

const minutes = (ms: number) =>
  ms >= 60_000 ? `${Math.round(ms / 60_000)} minute${ms >= 90_000 ? 's' : ''}` : `${Math.round(ms / 1000)} s`;

/**
 * Retries are ours, not the SDK's: the SDK would honour any retry-after, sleeping minutes on a 429.
 * Here 429 and 529 end at once with the wait shown, and a retry never repeats text already shown.
 */
export async function runRequest(
  request: LlmPrompt,
  options: RunOptions,
  emit: (event: LlmEventBody) => void,
  signal: AbortSignal,
): Promise<RunOutcome> {
  const host = destinationOf(options.baseUrl);
  let expired: Clock = null;
  let controller = new AbortController();
  let redirectTo: string | null = null;
  let htmlReply = false;
  const timers = new Map<Exclude<Clock, null>, ReturnType<typeof setTimeout>>();
  const arm = (clock: Exclude<Clock, null>, ms: number) => {
    clearTimeout(timers.get(clock));
    timers.set(
      clock,
      setTimeout(() => {
        expired = clock;
        controller.abort();
      }, ms),
    );
  };
  const disarm = (clock: Exclude<Clock, null>) => clearTimeout(timers.get(clock));
  let loadingNotice: ReturnType<typeof setTimeout> | undefined;
  let firstByteSeen = false;

  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    timeout: options.timeoutMs,
    maxRetries: 0,
    fetch: watchedFetch({
      transport: options.fetch,
      onResponse: ({ status, contentType, location }) => {
        if (status >= 300 && status < 400) redirectTo = location;
        // A web page where an API should be: stop at once rather than read it as an empty stream.
        if (status === 200 && /html/i.test(contentType)) {
          htmlReply = true;
          controller.abort();
        }
      },
      onBytes: () => {
        if (!firstByteSeen) {
          firstByteSeen = true;
          disarm('first-byte');
          clearTimeout(loadingNotice);
        }
        arm('stall', options.stallMs);
      },
    }),
  });

  const onCancel = () => controller.abort();
  signal.addEventListener('abort', onCancel);
  arm('overall', options.timeoutMs);
  const requestChars = request.system.length + request.user.length;
  const pricing = {
    model: options.model,
    local: options.local,
    requestChars,
    maxTokens: request.maxTokens,
  };

  try {
    for (let attempt = 0; ; attempt += 1) {
      firstByteSeen = false;
      arm('first-byte', options.firstByteMs);
      loadingNotice = setTimeout(
        () => emit({ type: 'waiting', stage: 'loading-model' }),
        options.loadingNoticeMs,
      );
      const accumulator = createAccumulator((text) => emit({ type: 'delta', text }));
      const { answer } = accumulator;
      const billed = () => (answer.started ? priceAnswer(answer, pricing).costUsd : 0);
      const stopped = (): RunOutcome | null => {
        if (signal.aborted)
          return { last: failure('cancelled', 'Cancelled. Nothing was saved.'), billedUsd: billed() };
        if (htmlReply)
          return {
            last: failure(
              'not-anthropic',
              `${host} answered with a web page, not an Anthropic-compatible API. Check the base URL in Settings.`,
            ),
            billedUsd: 0,
          };
        if (expired === 'first-byte')
          return {
            last: failure(
              'first-byte-timeout',
              `The model did not start answering within ${minutes(options.firstByteMs)}. A local model may still be loading: try again in a moment, or choose a smaller model.`,
            ),
            billedUsd: billed(),
          };
        if (expired === 'stall')
          return {
            last: failure(
              'stalled',
              'The answer stopped arriving mid-way, so it was abandoned. Nothing was saved; try again.',
            ),
            billedUsd: billed(),
          };
        if (expired === 'overall')
          return {
            last: failure(
              'timeout',
              `The answer took longer than ${minutes(options.timeoutMs)}, so it was abandoned. Nothing was saved.`,
            ),
            billedUsd: billed(),
          };
        return null;
      };
      try {
        const stream = await client.messages.create(
          {
            model: options.model,
            max_tokens: request.maxTokens,
            system: request.system,
            messages: [{ role: 'user', content: request.user }],
            stream: true,
          },
          { signal: controller.signal },
        );
        for await (const event of stream) accumulator.add(event);
      } catch (error) {
        disarm('first-byte');
        disarm('stall');
        clearTimeout(loadingNotice);
        const ended = stopped();
        if (ended) return ended;
        if (answer.text !== '' || attempt >= options.maxRetries || !isRetryable(error))
          return {
            last: classifyError(error, { baseUrl: options.baseUrl, model: options.model, redirectTo }),
            billedUsd: billed(),
          };
        await pause(500 * 2 ** attempt, signal);
        if (signal.aborted)
          return { last: failure('cancelled', 'Cancelled. Nothing was saved.'), billedUsd: 0 };
        controller = new AbortController();
        continue;
      }
      disarm('first-byte');
      disarm('stall');
      clearTimeout(loadingNotice);
      // The SDK ends a stream quietly when it is aborted, so the clocks are asked first.
      const ended = stopped();
      if (ended) return ended;
      const usage = priceAnswer(answer, pricing);
      if (!answer.started)
        return {
          last: failure(
            'not-anthropic',
            `${host} answered, but not in the Anthropic Messages format. Check the base URL in Settings.`,
          ),
          billedUsd: 0,
        };
      if (!answer.stopped)
        return {
          last: failure(
            'incomplete',
            'The answer ended before it was complete. Nothing was saved; try again.',
          ),
          billedUsd: usage.costUsd,
        };
      if (answer.stopReason === 'max_tokens')
        return {
          last: failure(
            'truncated',
            `The answer was cut off at its limit of ${request.maxTokens.toLocaleString('en-US')} tokens, so it was not saved. Try again with a larger limit.`,
            { maxTokens: request.maxTokens },
          ),
          billedUsd: usage.costUsd,
        };
      if (answer.stopReason === 'refusal')
        return {
          last: failure('refused', 'The model declined to answer this request. Nothing was saved.'),
          billedUsd: usage.costUsd,
        };
      return {
        last: {
          type: 'done',
          text: answer.text,
          model: options.model,
          ...(answer.replyModel && answer.replyModel !== options.model
            ? { replyModel: answer.replyModel }
            : {}),
          ...usage,
        },
        billedUsd: usage.costUsd,
      };
    }
  } finally {
    for (const timer of timers.values()) clearTimeout(timer);
    clearTimeout(loadingNotice);
    signal.removeEventListener('abort', onCancel);
  }
}
