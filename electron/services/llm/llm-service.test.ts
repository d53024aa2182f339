// The LLM service with the real Anthropic SDK against a scripted server on 127.0.0.1: every scenario of
// docs/quality-bars.md ends in the right state, and nothing but a complete answer comes back as `done`.
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LlmEvent, LlmRequest } from '../../../shared/llm/contract';
import {
  type ScriptedLlmServer,
  sentApiKey,
  startScriptedLlmServer,
} from '../../../tests/fixtures/llm-server/scripted-llm-server';
import { DesktopError } from '../desktop-error';
import { createLlmService, type LlmService } from './llm-service';
import { fileSecretStore } from './secret-store';

const key = 'sk-ant-test-SECRET-123456';
const request: LlmRequest = {
  requestId: 'test-request-1',
  kind: 'readiness-review',
  system: 'Be brief.',
  user: '<evidence>{}</evidence>',
  maxTokens: 200,
};

let server: ScriptedLlmServer;
let service: LlmService;
let dir: string;

beforeEach(async () => {
  server = await startScriptedLlmServer();
  dir = await mkdtemp(join(tmpdir(), 'shipready-llm-'));
  service = createLlmService({
    settingsPath: join(dir, 'llm-settings.json'),
    secrets: fileSecretStore(join(dir, 'secrets.json')),
    timing: { stallMs: 300, timeoutMs: 2000, maxRetries: 2 },
  });
  await service.saveSettings({
    apiKey: key,
    model: 'scripted-test-model',
    baseUrl: server.baseURL,
    monthlyCapUsd: 5,
  });
});

afterEach(() => server.close());

/** Runs one request and returns every event up to its last. */
function run(withRequest: LlmRequest = request): Promise<{ events: LlmEvent[] }> {
  return new Promise((resolve, reject) => {
    const events: LlmEvent[] = [];
    service
      .start(withRequest, (event) => {
        events.push(event);
        if (event.type !== 'delta') resolve({ events });
      })
      .catch(reject);
  });
}

const last = (events: LlmEvent[]) => events.at(-1);

describe('LLM service', () => {
  it('streams an answer as deltas, then one done with the whole text and the usage', async () => {
    server.enqueue({
      kind: 'stream',
      text: '{"summary": "Solid."}',
      chunkSize: 4,
      inputTokens: 120,
      outputTokens: 9,
    });
    const { events } = await run();
    expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(1);
    expect(last(events)).toMatchObject({
      type: 'done',
      text: '{"summary": "Solid."}',
      inputTokens: 120,
      outputTokens: 9,
    });
  });

  it('passes a malformed answer through as text; the renderer rejects it before storing', async () => {
    server.enqueue({ kind: 'stream', text: 'Sure! <b>not json</b>' });
    expect(last((await run()).events)).toMatchObject({ type: 'done', text: 'Sure! <b>not json</b>' });
  });

  it('401 ends in "auth" without a retry', async () => {
    server.enqueue({ kind: 'status', status: 401 });
    expect(last((await run()).events)).toMatchObject({ type: 'error', code: 'auth' });
    expect(server.requests).toHaveLength(1);
  });

  it('429 ends at once in "rate-limited" with the wait, instead of sleeping on it', async () => {
    server.enqueue({ kind: 'status', status: 429, retryAfterSeconds: 600 });
    expect(last((await run()).events)).toMatchObject({
      type: 'error',
      code: 'rate-limited',
      retryAfterSeconds: 600,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('529 ends in "overloaded"', async () => {
    server.enqueue({ kind: 'status', status: 529, retryAfterSeconds: 30 });
    expect(last((await run()).events)).toMatchObject({
      type: 'error',
      code: 'overloaded',
      retryAfterSeconds: 30,
    });
  });

  it('a 500 is retried, then the answer arrives', async () => {
    server.enqueue({ kind: 'status', status: 500 }, { kind: 'stream', text: 'ok' });
    expect(last((await run()).events)).toMatchObject({ type: 'done', text: 'ok' });
    expect(server.requests).toHaveLength(2);
  });

  it('400 and 413 are not retried', async () => {
    server.enqueue({ kind: 'status', status: 400 });
    expect(last((await run()).events)).toMatchObject({ code: 'bad-request' });
    server.enqueue({ kind: 'status', status: 413 });
    expect(last((await run()).events)).toMatchObject({ code: 'too-large' });
    expect(server.requests).toHaveLength(2);
  });

  it('a stream that goes quiet ends in "stalled" and the connection is dropped', async () => {
    server.enqueue({ kind: 'stall', afterText: 'The first words' });
    const { events } = await run();
    expect(last(events)).toMatchObject({ type: 'error', code: 'stalled' });
    await server.waitForDisconnect();
  });

  it('an SSE error after a 200 ends in "stream-error", not done, and is not retried', async () => {
    server.enqueue({ kind: 'sse-error', afterText: 'Partial ' });
    const { events } = await run();
    expect(last(events)).toMatchObject({ type: 'error', code: 'stream-error' });
    expect(events.some((e) => e.type === 'done')).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it('cancel ends the request within half a second, as "cancelled"', async () => {
    server.enqueue({ kind: 'stall', afterText: 'thinking' });
    const events: LlmEvent[] = [];
    const ended = new Promise<number>((resolve) => {
      void service
        .start(request, (event) => {
          events.push(event);
          if (event.type !== 'delta') resolve(performance.now());
        })
        .then(async ({ requestId }) => {
          await new Promise((r) => setTimeout(r, 100));
          cancelledAt = performance.now();
          await service.cancel(requestId);
        });
    });
    let cancelledAt = 0;
    const endedAt = await ended;
    expect(last(events)).toMatchObject({ code: 'cancelled' });
    // A bound, not a benchmark: the quality bar is half a second.
    expect(endedAt - cancelledAt).toBeLessThan(500);
    await server.waitForDisconnect();
  });

  it('runs one request at a time', async () => {
    server.enqueue({ kind: 'stream', text: 'slow', delayMs: 50, chunkSize: 1 });
    const first = run();
    await expect(service.start(request, () => {})).rejects.toMatchObject({ code: 'busy' });
    await first;
  });

  it('is off until a key or a local server is set, and says so', async () => {
    const other = createLlmService({
      settingsPath: join(dir, 'other.json'),
      secrets: fileSecretStore(join(dir, 'other-secrets.json')),
    });
    expect(await other.getSettings()).toMatchObject({ enabled: false, hasKey: false });
    await expect(other.start(request, () => {})).rejects.toBeInstanceOf(DesktopError);
    await other.saveSettings({ model: 'local-model', baseUrl: server.baseURL, monthlyCapUsd: 0 });
    expect(await other.getSettings()).toMatchObject({ enabled: true, hasKey: false });
  });

  it('refuses bad settings with the field named and changes nothing', async () => {
    const before = await service.getSettings();
    await expect(
      service.saveSettings({ model: 'm', baseUrl: 'http://evil.example', monthlyCapUsd: 5 }),
    ).rejects.toThrow(/baseUrl/);
    await expect(
      service.saveSettings({ model: 'm', baseUrl: server.baseURL, monthlyCapUsd: -1 }),
    ).rejects.toThrow(/monthlyCapUsd/);
    expect(await service.getSettings()).toEqual(before);
  });

  it('sends the key only to the configured server, keeps it in a 0600 file, and never returns it', async () => {
    server.enqueue({ kind: 'status', status: 401 });
    const { events } = await run();
    expect(sentApiKey(server.requests[0] as never)).toBe(key);
    expect(JSON.stringify(events)).not.toContain(key);
    expect(JSON.stringify(await service.getSettings())).not.toContain(key);
    const secrets = join(dir, 'secrets.json');
    expect((await stat(secrets)).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, 'llm-settings.json'), 'utf8')).not.toContain(key);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
