import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../shared/ipc/contract';
import { dataPaths } from '../services/data-dir';
import { createDesktopHandlers } from '../services/desktop-handlers';
import { createLlmService } from '../services/llm/llm-service';
import { fileSecretStore } from '../services/llm/secret-store';
import { isTrustedSender, registerIpcHandlers } from './ipc';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

async function registered() {
  const handlers = new Map<string, Handler>();
  const dir = await mkdtemp(join(tmpdir(), 'shipready-ipc-'));
  registerIpcHandlers(
    { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as never,
    createDesktopHandlers({
      paths: dataPaths(dir),
      appInfo: { name: 'ShipReady', version: '1.0.0', edition: 'desktop' },
      llm: createLlmService({
        settingsPath: join(dir, 'llm.json'),
        secrets: fileSecretStore(join(dir, 'secrets.json')),
      }),
    }),
  );
  return handlers;
}

const fromApp = {
  senderFrame: { url: 'app://shipready/index.html', parent: null },
  sender: { id: 1, isDestroyed: () => false, send: () => {} },
};

describe('IPC registration', () => {
  it('registers exactly one handler per contract channel', async () => {
    expect([...(await registered()).keys()].sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('answers the app with a result', async () => {
    const handler = (await registered()).get('app:get-info') as Handler;
    await expect(handler(fromApp, {})).resolves.toMatchObject({ ok: true, value: { version: '1.0.0' } });
  });

  it('refuses a sender that is not the app, or is a sub-frame', async () => {
    const handler = (await registered()).get('app:get-info') as Handler;
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const subFrame = { senderFrame: { url: 'app://shipready/index.html', parent: {} } };
    await expect(handler(foreign, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(handler(subFrame, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false);
  });

  it('refuses a bad payload with a message naming the field, and writes nothing', async () => {
    const handler = (await registered()).get('files:save-file') as Handler;
    const result = await handler(fromApp, { suggestedName: '../../etc/passwd', content: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect((result as { error: { message: string } }).error.message).toContain('suggestedName');
  });
});
