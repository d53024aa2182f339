// The LLM service with the real Anthropic SDK against scripted servers that behave as real compatible
// servers do (issue 16): slow model loads, missing or absurd usage, other model names, redirects, web
// pages, a `/v1` base URL, thinking blocks, refusals and answers cut at the token limit.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LlmEvent, LlmRequest } from '../../../shared/llm/contract';
import { worstCaseCostUsd } from '../../../shared/llm/pricing';
import {
  type ScriptedLlmServer,
  startScriptedLlmServer,
} from '../../../tests/fixtures/llm-server/scripted-llm-server';
import { createLlmService, type LlmService, type LlmServiceDeps } from './llm-service';
import { fileSecretStore } from './secret-store';

let counter = 0;
const request = (): LlmRequest => ({
  requestId: `server-test-${counter++}`,
  kind: 'readiness-review',
  system: 'Be brief.',
  user: '<evidence>{}</evidence>',
  maxTokens: 200,
});

const servers: ScriptedLlmServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function setUp(
  options: { model?: string; cap?: number; baseUrlSuffix?: string } & Partial<LlmServiceDeps> = {},
): Promise<{ server: ScriptedLlmServer; service: LlmService; dir: string }> {
  const server = await startScriptedLlmServer();
  servers.push(server);
  const dir = await mkdtemp(join(tmpdir(), 'shipready-llm-servers-'));
  const service = createLlmService({
    settingsPath: join(dir, 'llm-settings.json'),
    secrets: fileSecretStore(join(dir, 'secrets.json')),
    timing: { stallMs: 300, timeoutMs: 5000, firstByteMs: 3000, loadingNoticeMs: 100, maxRetries: 0 },
    ...options,
  });
  await service.saveSettings({
    apiKey: 'sk-ant-test-key',
    model: options.model ?? 'scripted-test-model',
    baseUrl: server.baseURL + (options.baseUrlSuffix ?? ''),
    monthlyCapUsd: options.cap ?? 5,
  });
  return { server, service, dir };
}

function run(service: LlmService, sent: LlmRequest = request()): Promise<LlmEvent[]> {
  return new Promise((resolve, reject) => {
    const events: LlmEvent[] = [];
    service
      .start(sent, (event) => {
        events.push(event);
        if (event.type === 'done' || event.type === 'error') resolve(events);
      })
      .catch(reject);
  });
}

const last = (events: LlmEvent[]) => events.at(-1);

describe('time to first byte', () => {
  it('waits for a model that is slow to load and says so, instead of calling it stalled', async () => {
    const { server, service } = await setUp();
    // Silent for twice the stall limit before even the headers: a model loading from disk.
    server.enqueue({ kind: 'stream', text: 'ok after loading', firstByteDelayMs: 600 });
    const events = await run(service);
    expect(events.some((e) => e.type === 'waiting')).toBe(true);
    expect(last(events)).toMatchObject({ type: 'done', text: 'ok after loading' });
  });

  it('counts keep-alive pings as bytes, so a long wait with pings is not a stall', async () => {
    const { server, service } = await setUp();
    server.enqueue({ kind: 'stream', text: 'ok after pings', pings: { every: 100, forMs: 800 } });
    expect(last(await run(service))).toMatchObject({ type: 'done', text: 'ok after pings' });
  });

  it('gives up when no byte arrives within the first-byte limit, with words about loading', async () => {
    const { server, service } = await setUp({
      timing: { stallMs: 300, timeoutMs: 5000, firstByteMs: 400, loadingNoticeMs: 100, maxRetries: 0 },
    });
    server.enqueue({ kind: 'stream', text: 'too late', firstByteDelayMs: 2000 });
    const events = await run(service);
    expect(last(events)).toMatchObject({ type: 'error', code: 'first-byte-timeout' });
    expect((last(events) as { message: string }).message).toMatch(/still be loading/);
    await server.waitForDisconnect();
  });
});

describe('usage', () => {
  it('works with a server that sends no usage at all (the SDK’s own accumulator throws on it)', async () => {
    const { server, service } = await setUp();
    server.enqueue({ kind: 'stream', text: '{"summary": "fine"}', usage: 'omit' });
    expect(last(await run(service))).toMatchObject({
      type: 'done',
      text: '{"summary": "fine"}',
      inputTokens: null,
      outputTokens: null,
      // A local server costs nothing, so nothing unknown is counted.
      costUsd: 0,
    });
  });

  it('prices missing usage at the worst case on a hosted API, and says the cost is unknown', async () => {
    const { server, service } = await setUp({ pricedAsHosted: true, model: 'claude-sonnet-5-5' });
    server.enqueue({ kind: 'stream', text: 'ok', usage: 'omit' });
    const sent = request();
    const done = last(await run(service, sent));
    expect(done).toMatchObject({ type: 'done', costKnown: false, inputTokens: null });
    const worst = worstCaseCostUsd('claude-sonnet-5-5', sent, false);
    expect((done as { costUsd: number }).costUsd).toBe(worst);
    expect((await service.getSettings()).spentThisMonthUsd).toBe(worst);
  });

  it.each([
    ['negative', { input: '-5000', output: '-1' }],
    ['infinite', { input: '1e400', output: '1e400' }],
    ['absurd', { input: '900000000000', output: '5e12' }],
    ['fractional', { input: '12.7', output: '3.2' }],
    ['not a number', { input: '"lots"', output: 'null' }],
  ])('clamps %s usage to sane whole numbers, never above the worst case', async (_case, usage) => {
    const { server, service } = await setUp({ pricedAsHosted: true, model: 'claude-opus-9' });
    server.enqueue({ kind: 'stream', text: 'ok', usage });
    const sent = request();
    const done = last(await run(service, sent));
    expect(done).toMatchObject({ type: 'done' });
    const { inputTokens, outputTokens, costUsd } = done as {
      inputTokens: number | null;
      outputTokens: number | null;
      costUsd: number;
    };
    for (const count of [inputTokens, outputTokens])
      if (count !== null) expect(Number.isInteger(count) && count >= 0).toBe(true);
    if (outputTokens !== null) expect(outputTokens).toBeLessThanOrEqual(sent.maxTokens);
    expect(Number.isFinite(costUsd) && costUsd >= 0).toBe(true);
    expect(costUsd).toBeLessThanOrEqual(worstCaseCostUsd('claude-opus-9', sent, false));
  });

  it('prices by the configured model, not the name the reply carries', async () => {
    const { server, service } = await setUp({ pricedAsHosted: true, model: 'claude-haiku-5' });
    server.enqueue({
      kind: 'stream',
      text: 'ok',
      replyModel: 'claude-opus-9',
      inputTokens: 1000,
      outputTokens: 100,
    });
    expect(last(await run(service))).toMatchObject({
      type: 'done',
      model: 'claude-haiku-5',
      replyModel: 'claude-opus-9',
      // Haiku: $1 in, $5 out per million tokens. Opus would be fifteen times that.
      costUsd: 0.0015,
      costKnown: true,
    });
  });
});

describe('where the data goes', () => {
  it.each([307, 302] as const)('never follows a %i to another host with the evidence', async (status) => {
    const { server, service } = await setUp();
    const elsewhere = await startScriptedLlmServer();
    servers.push(elsewhere);
    elsewhere.enqueue({ kind: 'stream', text: 'stolen' });
    server.enqueue({ kind: 'redirect', status, location: `${elsewhere.baseURL}/v1/messages` });
    const events = await run(service);
    expect(last(events)).toMatchObject({ type: 'error', code: 'redirected' });
    expect((last(events) as { message: string }).message).toContain(new URL(elsewhere.baseURL).host);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('says a web page is not an Anthropic-compatible API', async () => {
    const { server, service } = await setUp();
    server.enqueue({ kind: 'html' });
    expect(last(await run(service))).toMatchObject({
      type: 'error',
      code: 'not-anthropic',
      message: expect.stringMatching(/web page, not an Anthropic-compatible API/),
    });
  });

  it('corrects a base URL ending in /v1 when saved, so requests reach /v1/messages', async () => {
    const { server, service } = await setUp({ baseUrlSuffix: '/v1' });
    expect((await service.getSettings()).baseUrl).toBe(server.baseURL);
    server.enqueue({ kind: 'stream', text: 'ok' });
    expect(last(await run(service))).toMatchObject({ type: 'done', text: 'ok' });
    expect(server.requests[0]?.path).toBe('/v1/messages');
  });

  it('also corrects a /v1 base URL stored by an earlier version', async () => {
    const { server, service, dir } = await setUp();
    await writeFile(
      join(dir, 'llm-settings.json'),
      JSON.stringify({ model: 'm', baseUrl: `${server.baseURL}/v1/`, monthlyCapUsd: 5 }),
    );
    server.enqueue({ kind: 'stream', text: 'ok' });
    expect(last(await run(service))).toMatchObject({ type: 'done' });
    expect(server.requests[0]?.path).toBe('/v1/messages');
  });
});

describe('answers that are not a plain complete answer', () => {
  it('skips thinking for the text, and counts its tokens', async () => {
    const { server, service } = await setUp();
    server.enqueue({
      kind: 'stream',
      thinking: 'Let me weigh the evidence {not json} first.',
      text: '{"summary": "only this"}',
      outputTokens: 180,
    });
    const events = await run(service);
    expect(last(events)).toMatchObject({ type: 'done', text: '{"summary": "only this"}', outputTokens: 180 });
    expect(
      events
        .filter((e) => e.type === 'delta')
        .map((e) => (e as { text: string }).text)
        .join(''),
    ).toBe('{"summary": "only this"}');
  });

  it('says a refusal is a refusal', async () => {
    const { server, service } = await setUp();
    server.enqueue({ kind: 'stream', text: '', stopReason: 'refusal' });
    expect(last(await run(service))).toMatchObject({ type: 'error', code: 'refused' });
  });

  it('says an answer cut at max_tokens was cut, with the limit, so a larger one can be offered', async () => {
    const { server, service } = await setUp();
    server.enqueue({ kind: 'stream', text: '{"summary": "half', stopReason: 'max_tokens' });
    const sent = request();
    expect(last(await run(service, sent))).toMatchObject({
      type: 'error',
      code: 'truncated',
      maxTokens: sent.maxTokens,
      message: expect.stringMatching(/cut off/),
    });
  });

  it('a 404 for a model names the model and says to check it', async () => {
    const { server, service } = await setUp({ model: 'qwen3:8b' });
    server.enqueue({ kind: 'status', status: 404, message: "model 'qwen3:8b' not found" });
    expect(last(await run(service))).toMatchObject({
      type: 'error',
      code: 'model-not-found',
      message: expect.stringContaining('“qwen3:8b”'),
    });
  });
});
