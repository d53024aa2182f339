// The SDK's requests go through the fetch the service is given: Electron passes net.fetch, so the system's
// proxy, PAC script and certificate store apply to LLM calls as they do to the rest of Chromium.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LlmEvent } from '../../../shared/llm/contract';
import {
  type ScriptedLlmServer,
  startScriptedLlmServer,
} from '../../../tests/fixtures/llm-server/scripted-llm-server';
import { createLlmService } from './llm-service';
import { fileSecretStore } from './secret-store';

let server: ScriptedLlmServer;
beforeEach(async () => {
  server = await startScriptedLlmServer();
});
afterEach(() => server.close());

describe('injected fetch', () => {
  it('carries every request of the SDK, and the answer it returns is the one used', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipready-llm-fetch-'));
    const transport = vi.fn((input: string | URL | Request, init?: RequestInit) => fetch(input, init));
    const service = createLlmService({
      settingsPath: join(dir, 'llm-settings.json'),
      secrets: fileSecretStore(join(dir, 'secrets.json')),
      timing: { stallMs: 2000, timeoutMs: 5000, maxRetries: 0 },
      fetch: transport,
    });
    await service.saveSettings({
      apiKey: 'sk-ant-test-1',
      model: 'scripted-test-model',
      baseUrl: server.baseURL,
      monthlyCapUsd: 5,
    });
    server.enqueue({
      kind: 'stream',
      text: '{"summary": "Via the given fetch."}',
      chunkSize: 8,
      inputTokens: 10,
      outputTokens: 5,
    });
    const last = await new Promise<LlmEvent>((resolve, reject) => {
      service
        .start(
          { requestId: 'fetch-test-1', kind: 'readiness-review', system: 's', user: 'u', maxTokens: 50 },
          (event) => {
            if (event.type !== 'delta') resolve(event);
          },
        )
        .catch(reject);
    });
    expect(last).toMatchObject({ type: 'done', text: '{"summary": "Via the given fetch."}' });
    expect(transport).toHaveBeenCalled();
    const url = String(
      transport.mock.calls[0]?.[0] instanceof Request
        ? transport.mock.calls[0][0].url
        : transport.mock.calls[0]?.[0],
    );
    expect(url.startsWith(server.baseURL)).toBe(true);
  });
});
