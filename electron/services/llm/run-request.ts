// Sends one request with the Anthropic SDK and streams it back as events; every failure becomes one
// error event with a code the interface can act on. Nothing here ever puts the key in a message.
import Anthropic from '@anthropic-ai/sdk';
import type { LlmErrorCode, LlmEvent, LlmRequest } from '../../../shared/llm/contract';

type EventBody = LlmEvent extends infer E ? (E extends LlmEvent ? Omit<E, 'requestId'> : never) : never;

export interface RunOptions {
  apiKey: string;
  baseUrl: string;
  model: string;
  /** The SDK's per-attempt timeout. */
  timeoutMs: number;
  /** Longest silence allowed inside a stream before it is called stalled. */
  stallMs: number;
  maxRetries: number;
}

function retryAfter(error: InstanceType<typeof Anthropic.APIError>): number | undefined {
  const value = error.headers?.get('retry-after');
  const seconds = value ? Number(value) : Number.NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

function classify(error: unknown, baseUrl: string, stalled: boolean, cancelled: boolean): EventBody {
  const fail = (code: LlmErrorCode, message: string, wait?: number): EventBody => ({
    type: 'error',
    code,
    message,
    ...(wait !== undefined ? { retryAfterSeconds: wait } : {}),
  });
  if (stalled)
    return fail(
      'stalled',
      'The answer stopped arriving mid-way, so it was abandoned. Nothing was saved; try again.',
    );
  if (cancelled || error instanceof Anthropic.APIUserAbortError)
    return fail('cancelled', 'Cancelled. Nothing was saved.');
  if (error instanceof Anthropic.AuthenticationError || error instanceof Anthropic.PermissionDeniedError) {
    return fail('auth', 'The API key was refused. Check it in Settings.');
  }
  if (error instanceof Anthropic.RateLimitError) {
    const wait = retryAfter(error);
    return fail(
      'rate-limited',
      `Too many requests right now. Try again${wait ? ` in ${wait} s` : ' later'}.`,
      wait,
    );
  }
  if (error instanceof Anthropic.APIConnectionTimeoutError)
    return fail('timeout', 'The model took too long to answer. Try again later.');
  if (error instanceof Anthropic.APIConnectionError)
    return fail('network', `Could not reach ${baseUrl}. Check the base URL or your connection.`);
  if (error instanceof Anthropic.APIError) {
    // No status means the error arrived inside a 200 stream: the answer broke off, whatever its type.
    if (error.status === undefined)
      return fail(
        'stream-error',
        'The answer broke off with an error from the model. Nothing was saved; try again.',
      );
    if (error.status === 529 || error.type === 'overloaded_error' || /overloaded/i.test(error.message)) {
      const wait = retryAfter(error);
      return fail(
        'overloaded',
        `The model is overloaded. Try again${wait ? ` in ${wait} s` : ' later'}.`,
        wait,
      );
    }
    if (error.status === 400)
      return fail('bad-request', 'The model refused the request as malformed. Nothing was saved.');
    if (error.status === 413)
      return fail('too-large', 'The request is too large for the model. Leave out a section and try again.');
    return fail('server', `The model's server failed (${error.status}). Try again later.`);
  }
  return fail('server', 'The request failed unexpectedly. Nothing was saved.');
}

/** Failures worth one more try: the server's own faults and dropped connections, never 429 or 529. */
function retryable(error: unknown): boolean {
  if (error instanceof Anthropic.APIUserAbortError) return false;
  if (error instanceof Anthropic.APIConnectionError) return true;
  return (
    error instanceof Anthropic.APIError &&
    typeof error.status === 'number' &&
    error.status >= 500 &&
    error.status !== 529
  );
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Retries are ours, not the SDK's: the SDK would honour any retry-after, sleeping minutes on a 429.
 * Here 429 and 529 end at once with the wait shown, and a retry never repeats text already shown.
 */
export async function runRequest(
  request: LlmRequest,
  options: RunOptions,
  emit: (event: EventBody) => void,
  signal: AbortSignal,
): Promise<void> {
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    timeout: options.timeoutMs,
    maxRetries: 0,
  });
  const controller = new AbortController();
  let stalled = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  // The SDK's timeout covers only the wait for headers; this catches a stream that goes quiet later.
  const rearm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, options.stallMs);
  };
  const onCancel = () => controller.abort();
  signal.addEventListener('abort', onCancel);
  try {
    for (let attempt = 0; ; attempt += 1) {
      let streamed = false;
      try {
        const stream = client.messages.stream(
          {
            model: options.model,
            max_tokens: request.maxTokens,
            system: request.system,
            messages: [{ role: 'user', content: request.user }],
          },
          { signal: controller.signal },
        );
        stream.on('streamEvent', rearm);
        stream.on('text', (text) => {
          streamed = true;
          emit({ type: 'delta', text });
        });
        rearm();
        const message = await stream.finalMessage();
        const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
        emit({
          type: 'done',
          text,
          model: message.model,
          inputTokens: message.usage.input_tokens,
          outputTokens: message.usage.output_tokens,
        });
        return;
      } catch (error) {
        clearTimeout(watchdog);
        if (stalled || signal.aborted || streamed || attempt >= options.maxRetries || !retryable(error)) {
          emit(classify(error, options.baseUrl, stalled, signal.aborted));
          return;
        }
        await pause(500 * 2 ** attempt, signal);
        if (signal.aborted) {
          emit(classify(error, options.baseUrl, false, true));
          return;
        }
      }
    }
  } finally {
    clearTimeout(watchdog);
    signal.removeEventListener('abort', onCancel);
  }
}
