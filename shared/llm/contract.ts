// What the renderer and the desktop side exchange about LLM feedback. The key never crosses this line.
import { z } from 'zod';
import { isLoopbackHost } from './loopback';

export { destinationOf, isLocalBaseUrl } from './loopback';

/** Most characters one request's user turn may carry; the prompt builders fit the evidence under it. */
export const maxLlmInputChars = 80_000;
/** Highest token limit a request may ask for, thinking included. */
export const maxLlmOutputTokens = 16_384;

export interface LlmSettings {
  /** True once a key is stored or a local server is configured: the features are off until then. */
  enabled: boolean;
  hasKey: boolean;
  model: string;
  baseUrl: string;
  monthlyCapUsd: number;
  /** Estimated spend this calendar month (UTC), counted on the desktop side from the usage servers report. */
  spentThisMonthUsd: number;
  /** True when the base URL is this machine: nothing leaves it. */
  local: boolean;
  /** The host evidence is sent to, as a person would recognise it. */
  destination: string;
  /** Where the key lives and how it is protected, in words for the settings page. */
  keyStorage: string;
}

export const defaultLlmSettings = {
  model: 'claude-sonnet-5-5',
  baseUrl: 'https://api.anthropic.com',
  monthlyCapUsd: 5,
} as const;

export const baseUrlSchema = z
  .string()
  .trim()
  .max(300)
  .refine((raw) => {
    try {
      const url = new URL(raw);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
    } catch {
      return false;
    }
  }, 'use https://, or http:// only for a server on this machine (127.0.0.1 or localhost)');

const dollars = (max: number, what: string) =>
  z
    .number()
    .finite()
    .min(0, `${what} cannot be negative`)
    .max(max, `${what} is above $${max.toLocaleString('en-US')}`);

export const llmSettingsUpdateSchema = z.strictObject({
  /** A new key; an empty string removes the stored key; absent leaves it unchanged. */
  apiKey: z.string().trim().max(500, 'the key is longer than 500 characters').optional(),
  model: z.string().trim().min(1, 'choose a model').max(100),
  baseUrl: baseUrlSchema,
  monthlyCapUsd: dollars(1000, 'the cap'),
  /** A correction of this month's spend; absent leaves the count unchanged. */
  spentThisMonthUsd: dollars(100_000, 'the spend').optional(),
});

export type LlmSettingsUpdate = z.input<typeof llmSettingsUpdateSchema>;

/** Made by the page before it sends, so every event of the request can be matched from the first. */
export const llmRequestIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'the request id must be 8 to 100 letters, digits, - or _');

export const llmPromptSchema = z.strictObject({
  kind: z.enum(['readiness-review', 'mock-interview']),
  system: z.string().min(1).max(20_000),
  /** The one user turn: instructions plus the delimited data block. */
  user: z
    .string()
    .min(1)
    .max(
      maxLlmInputChars,
      `the request is longer than ${maxLlmInputChars.toLocaleString('en-US')} characters`,
    ),
  /** The answer's token limit, with room for a thinking model's reasoning. */
  maxTokens: z.number().int().min(64).max(maxLlmOutputTokens),
});

export type LlmPrompt = z.infer<typeof llmPromptSchema>;

export const llmRequestSchema = llmPromptSchema.extend({ requestId: llmRequestIdSchema });

export type LlmRequest = z.infer<typeof llmRequestSchema>;
export type LlmTaskKind = LlmRequest['kind'];

export const llmCancelSchema = z.strictObject({ requestId: llmRequestIdSchema });

export type LlmErrorCode =
  | 'not-configured'
  | 'busy'
  | 'over-cap'
  | 'auth'
  | 'rate-limited'
  | 'overloaded'
  | 'bad-request'
  | 'too-large'
  | 'model-not-found'
  | 'not-anthropic'
  | 'redirected'
  | 'timeout'
  | 'first-byte-timeout'
  | 'stalled'
  | 'stream-error'
  | 'incomplete'
  | 'truncated'
  | 'refused'
  | 'network'
  | 'server'
  | 'cancelled';

/** What a finished answer cost, priced on the desktop side by the configured model. */
export interface LlmUsage {
  /** Null when the server reported no usable count. */
  inputTokens: number | null;
  outputTokens: number | null;
  /** Finite and non-negative: the exact price when both counts are known, else the worst case (0 locally). */
  costUsd: number;
  /** False when the cost is an estimate because the server reported no usage. */
  costKnown: boolean;
}

export type LlmEvent =
  /** No byte has arrived yet; a local model may still be loading. */
  | { requestId: string; type: 'waiting'; stage: 'loading-model' }
  | { requestId: string; type: 'delta'; text: string }
  | ({
      requestId: string;
      type: 'done';
      text: string;
      /** The model the person configured: what was asked for and what is priced. */
      model: string;
      /** The name the reply carried, when it differs from `model`. */
      replyModel?: string;
    } & LlmUsage)
  | {
      requestId: string;
      type: 'error';
      code: LlmErrorCode;
      message: string;
      retryAfterSeconds?: number;
      /** For `truncated`: the limit that cut the answer, so the page can offer a larger one. */
      maxTokens?: number;
    };

/** An Anthropic-compatible server found on this machine by "Use a local model". */
export interface LocalLlmServer {
  baseUrl: string;
  /** What answered, e.g. "Ollama" or "llama.cpp server", when it said so. */
  label: string;
  /** Model names the server lists; empty when it lists none. */
  models: string[];
}

export interface LocalLlmSearch {
  found: LocalLlmServer[];
  /** Every address that was tried, for the message when nothing answered. */
  tried: string[];
}
