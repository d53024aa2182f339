import { describe, expect, it, vi } from 'vitest';
import { requestSchemas } from '../../shared/ipc/contract';
import type { DesktopHandlers } from '../services/desktop-handlers';
import { registerIpcHandlers } from './ipc';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

/** Every channel answers with what it was given, so the test sees the context each handler got. */
function echoHandlers() {
  const contexts: unknown[] = [];
  const handlers = Object.fromEntries(
    Object.keys(requestSchemas).map((channel) => [
      channel,
      vi.fn(async (_request: unknown, context: unknown) => {
        contexts.push(context);
        return channel === 'llm:start' ? { requestId: 'from-service' } : null;
      }),
    ]),
  ) as unknown as DesktopHandlers;
  return { handlers, contexts };
}

function register(owners?: { started: (senderId: number, requestId: string) => void }) {
  const registered = new Map<string, Handler>();
  const { handlers, contexts } = echoHandlers();
  registerIpcHandlers(
    { handle: (channel: string, handler: Handler) => registered.set(channel, handler) } as never,
    handlers,
    owners,
  );
  return { registered, contexts };
}

const fromPage = (id: number) => ({
  senderFrame: { url: 'app://shipready/index.html', parent: null },
  sender: { id, isDestroyed: () => false, send: vi.fn() },
});

describe('IPC context', () => {
  it('tells each handler which page asked, so its dialogs open over that page’s window', async () => {
    const { registered, contexts } = register();
    await registered.get('files:open-file')?.(fromPage(42), { filters: [] });
    expect(contexts[0]).toMatchObject({ senderId: 42 });
  });

  it('records which page started an LLM request, for cancelling it when the page goes', async () => {
    const started = vi.fn();
    const { registered } = register({ started });
    const handler = registered.get('llm:start') as Handler;
    await handler(fromPage(3), {
      kind: 'readiness-review',
      system: 's',
      user: 'u',
      maxTokens: 100,
      requestId: 'page-chosen-1',
    });
    // The page's own id is recorded before the service answers (its events may come first), then the service's.
    expect(started.mock.calls).toEqual([
      [3, 'page-chosen-1'],
      [3, 'from-service'],
    ]);
  });

  it('records nothing for a refused sender', async () => {
    const started = vi.fn();
    const { registered } = register({ started });
    const foreign = { ...fromPage(3), senderFrame: { url: 'https://evil.example/', parent: null } };
    await registered.get('llm:start')?.(foreign, {
      kind: 'readiness-review',
      system: 's',
      user: 'u',
      maxTokens: 100,
    });
    expect(started).not.toHaveBeenCalled();
  });
});
