// Turns whatever ended a request into one error event with a code the page can act on and a sentence a
// person can follow. Nothing here ever puts the key in a message.
import Anthropic from '@anthropic-ai/sdk';
import { destinationOf } from '../../../shared/llm/loopback';
import type { LlmFailure } from './run-outcome';

export interface FailureContext {
  baseUrl: string;
  model: string;
  /** Where a refused redirect pointed. */
  redirectTo: string | null;
}

function retryAfter(error: InstanceType<typeof Anthropic.APIError>): number | undefined {
  const value = error.headers?.get('retry-after');
  const seconds = value ? Number(value) : Number.NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

export const failure = (code: LlmFailure['code'], message: string, extra: Partial<LlmFailure> = {}) =>
  ({ type: 'error', code, message, ...extra }) as LlmFailure;

/** The server's own words about an error, when it sent the Anthropic error shape. */
function serverMessage(error: InstanceType<typeof Anthropic.APIError>): string {
  const body = error.error as { error?: { message?: unknown }; message?: unknown } | undefined;
  const text = body?.error?.message ?? body?.message ?? error.message;
  return typeof text === 'string' ? text : '';
}

export function classifyError(error: unknown, context: FailureContext): LlmFailure {
  const host = destinationOf(context.baseUrl);
  if (error instanceof Anthropic.APIUserAbortError)
    return failure('cancelled', 'Cancelled. Nothing was saved.');
  if (error instanceof Anthropic.AuthenticationError || error instanceof Anthropic.PermissionDeniedError)
    return failure('auth', 'The API key was refused. Check it in Settings.');
  if (error instanceof Anthropic.RateLimitError) {
    const wait = retryAfter(error);
    return failure(
      'rate-limited',
      `Too many requests right now. Try again${wait ? ` in ${wait} s` : ' later'}.`,
      wait !== undefined ? { retryAfterSeconds: wait } : {},
    );
  }
  if (error instanceof Anthropic.APIConnectionTimeoutError)
    return failure('timeout', 'The model took too long to answer. Try again later.');
  if (error instanceof Anthropic.APIConnectionError)
    return failure('network', `Could not reach ${context.baseUrl}. Check the base URL or your connection.`);
  if (!(error instanceof Anthropic.APIError))
    return failure('server', 'The request failed unexpectedly. Nothing was saved.');
  // No status means the error arrived inside a 200 stream: the answer broke off, whatever its type.
  if (error.status === undefined)
    return failure(
      'stream-error',
      'The answer broke off with an error from the model. Nothing was saved; try again.',
    );
  if (error.status >= 300 && error.status < 400) {
    const to = context.redirectTo ? destinationOf(new URL(context.redirectTo, context.baseUrl).href) : null;
    return failure(
      'redirected',
      `${host} answered with a redirect${to ? ` to ${to}` : ''}. ShipReady never follows a redirect with your evidence, so nothing was sent there. If you trust that address, enter it in Settings as the base URL.`,
    );
  }
  if (error.status === 529 || error.type === 'overloaded_error' || /overloaded/i.test(error.message)) {
    const wait = retryAfter(error);
    return failure(
      'overloaded',
      `The model is overloaded. Try again${wait ? ` in ${wait} s` : ' later'}.`,
      wait !== undefined ? { retryAfterSeconds: wait } : {},
    );
  }
  if (error.status === 404) {
    if (/model/i.test(serverMessage(error)))
      return failure(
        'model-not-found',
        `${host} does not know the model “${context.model}”. Check the model name in Settings (for Ollama, \`ollama list\` shows the installed models).`,
      );
    return failure(
      'not-anthropic',
      `${host} has no Anthropic-compatible API at ${context.baseUrl}/v1/messages. Check the base URL in Settings (Ollama needs version 0.14 or later).`,
    );
  }
  if (error.status === 400)
    return failure('bad-request', 'The model refused the request as malformed. Nothing was saved.');
  if (error.status === 413)
    return failure('too-large', 'The request is too large for the model. Leave out a section and try again.');
  return failure('server', `The model's server failed (${error.status}). Try again later.`);
}

/** Failures worth one more try: the server's own faults and dropped connections, never 429 or 529. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof Anthropic.APIUserAbortError) return false;
  if (error instanceof Anthropic.APIConnectionError) return true;
  return (
    error instanceof Anthropic.APIError &&
    typeof error.status === 'number' &&
    error.status >= 500 &&
    error.status !== 529
  );
}
