// What the renderer and the desktop side exchange about LLM feedback. The key never crosses this line.
import { z } from 'zod';

/** Most characters one request may carry; longer evidence is truncated before it is shown or sent. */
export const maxLlmInputChars = 80_000;

export interface LlmSettings {
  /** True once a key is stored or a local server is configured: the features are off until then. */
  enabled: boolean;
  hasKey: boolean;
  model: string;
  baseUrl: string;
  monthlyCapUsd: number;
  /** Where the key lives and how it is protected, in words for the settings page. */
  keyStorage: string;
}

export const defaultLlmSettings = {
  model: 'claude-sonnet-5-5',
  baseUrl: 'https://api.anthropic.com',
  monthlyCapUsd: 5,
} as const;

const isLocalHost = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '[::1]';

export const baseUrlSchema = z
  .string()
  .trim()
  .max(300)
  .refine((raw) => {
    try {
      const url = new URL(raw);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHost(url.hostname));
    } catch {
      return false;
    }
  }, 'use https://, or http:// only for a server on this machine (127.0.0.1 or localhost)');

export function isLocalBaseUrl(raw: string): boolean {
  try {
    return isLocalHost(new URL(raw).hostname);
  } catch {
    return false;
  }
}

export const llmSettingsUpdateSchema = z.strictObject({
  /** A new key; an empty string removes the stored key; absent leaves it unchanged. */
  apiKey: z.string().trim().max(500, 'the key is longer than 500 characters').optional(),
  model: z.string().trim().min(1, 'choose a model').max(100),
  baseUrl: baseUrlSchema,
  monthlyCapUsd: z
    .number()
    .finite()
    .min(0, 'the cap cannot be negative')
    .max(1000, 'the cap is above $1,000'),
});

export type LlmSettingsUpdate = z.input<typeof llmSettingsUpdateSchema>;

export const llmRequestSchema = z.strictObject({
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
  maxTokens: z.number().int().min(64).max(4096),
});

export type LlmRequest = z.infer<typeof llmRequestSchema>;

export const llmCancelSchema = z.strictObject({ requestId: z.string().min(1).max(100) });

export type LlmErrorCode =
  | 'not-configured'
  | 'busy'
  | 'auth'
  | 'rate-limited'
  | 'overloaded'
  | 'bad-request'
  | 'too-large'
  | 'timeout'
  | 'stalled'
  | 'stream-error'
  | 'network'
  | 'server'
  | 'cancelled';

export type LlmEvent =
  | { requestId: string; type: 'delta'; text: string }
  | {
      requestId: string;
      type: 'done';
      text: string;
      model: string;
      inputTokens: number;
      outputTokens: number;
    }
  | { requestId: string; type: 'error'; code: LlmErrorCode; message: string; retryAfterSeconds?: number };
