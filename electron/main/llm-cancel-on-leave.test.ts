// A request left streaming by a reload or a crashed renderer is cancelled at once, through the real IPC
// registration and LLM service against a scripted server that stalls mid-answer: the next request is not
// refused as "busy" (before this, the slot stayed taken until the request timed out).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LlmEvent } from '../../shared/llm/contract';
import {
  type ScriptedLlmServer,
  startScriptedLlmServer,
} from '../../tests/fixtures/llm-server/scripted-llm-server';
import { dataPaths } from '../services/data-dir';
import { createDesktopHandlers } from '../services/desktop-handlers';
import { createLlmService } from '../services/llm/llm-service';
import { fileSecretStore } from '../services/llm/secret-store';
import { registerIpcHandlers } from './ipc';
import { cancelLlmWhenPageGoes, createLlmOwners } from './llm-owners';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;
/** A budget for a loaded machine, far below the request's own 60 s stall limit. */
const wait = { timeout: 10_000 };

let server: ScriptedLlmServer;
beforeEach(async () => {
  server = await startScriptedLlmServer();
});
afterEach(() => server.close());

async function desktopWithOnePage() {
  const dir = await mkdtemp(join(tmpdir(), 'shipready-llm-leave-'));
  const paths = dataPaths(dir);
  // Timers far longer than the test: only a cancel can end the stalled request in time.
  const llm = createLlmService({
    settingsPath: paths.llmSettings,
    secrets: fileSecretStore(paths.secrets),
    timing: { stallMs: 60_000, timeoutMs: 120_000, maxRetries: 0 },
  });
  await llm.saveSettings({
    apiKey: 'sk-ant-test-1',
    model: 'scripted-test-model',
    baseUrl: server.baseURL,
    monthlyCapUsd: 5,
  });
  const owners = createLlmOwners((requestId) => llm.cancel(requestId));
  const registered = new Map<string, Handler>();
  registerIpcHandlers(
    { handle: (channel: string, handler: Handler) => registered.set(channel, handler) } as never,
    createDesktopHandlers({ paths, appInfo: { name: 'ShipReady', version: 't', edition: 'desktop' }, llm }),
    owners,
  );
  const events: LlmEvent[] = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const page = {
    id: 7,
    on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener),
  };
  cancelLlmWhenPageGoes(page as never, owners);
  const fromPage = {
    senderFrame: { url: 'app://shipready/index.html', parent: null },
    sender: {
      id: 7,
      isDestroyed: () => false,
      send: (_channel: string, event: LlmEvent) => events.push(event),
    },
  };
  const start = (requestId: string) =>
    registered.get('llm:start')?.(fromPage, {
      requestId,
      kind: 'readiness-review',
      system: 's',
      user: 'u',
      maxTokens: 200,
    });
  return { events, start, emit: (name: string, ...args: unknown[]) => listeners.get(name)?.(...args) };
}

describe('LLM requests end with their page', () => {
  it.each([
    [
      'a reload',
      [
        'did-start-navigation',
        { isMainFrame: true, isSameDocument: false, url: 'app://shipready/index.html' },
      ],
    ],
    ['a renderer crash', ['render-process-gone', {}, { reason: 'crashed', exitCode: 139 }]],
  ] as const)(
    '%s cancels the streaming request, and the next one is not busy',
    async (_what, [name, ...args]) => {
      const desktop = await desktopWithOnePage();
      server.enqueue({ kind: 'stall', afterText: 'Half an ans' });
      await expect(desktop.start('first-request-1')).resolves.toMatchObject({ ok: true });
      await vi.waitFor(() => expect(desktop.events.some((e) => e.type === 'delta')).toBe(true), wait);
      desktop.emit(name, ...args);
      await vi.waitFor(
        () =>
          expect(desktop.events.at(-1)).toMatchObject({
            requestId: 'first-request-1',
            type: 'error',
            code: 'cancelled',
          }),
        wait,
      );
      server.enqueue({ kind: 'stream', text: '{"summary": "Fresh."}' });
      await expect(desktop.start('second-request-1')).resolves.toMatchObject({ ok: true });
      await vi.waitFor(
        () => expect(desktop.events.at(-1)).toMatchObject({ requestId: 'second-request-1', type: 'done' }),
        wait,
      );
    },
  );
});
