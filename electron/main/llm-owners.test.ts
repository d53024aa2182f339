import { describe, expect, it, vi } from 'vitest';
import { cancelLlmWhenPageGoes, createLlmOwners } from './llm-owners';

function fakePage(id: number) {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  return {
    page: {
      id,
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
    } as never,
    emit: (event: string, ...args: unknown[]) => listeners.get(event)?.(...args),
  };
}

function setUp() {
  const cancel = vi.fn(async (_requestId: string) => {});
  const owners = createLlmOwners(cancel);
  const { page, emit } = fakePage(7);
  cancelLlmWhenPageGoes(page, owners);
  owners.started(7, 'req-1');
  owners.started(8, 'req-other-window');
  return { cancel, emit, owners };
}

describe('LLM requests end with their page', () => {
  it('cancels on a reload or navigation of the main frame', () => {
    const { cancel, emit } = setUp();
    emit('did-start-navigation', {
      isMainFrame: true,
      isSameDocument: false,
      url: 'app://shipready/index.html',
    });
    expect(cancel.mock.calls).toEqual([['req-1']]);
  });

  it('keeps the request through an in-page route change or a sub-frame navigation', () => {
    const { cancel, emit } = setUp();
    emit('did-start-navigation', {
      isMainFrame: true,
      isSameDocument: true,
      url: 'app://shipready/index.html#/readiness',
    });
    emit('did-start-navigation', { isMainFrame: false, isSameDocument: false, url: 'about:blank' });
    expect(cancel).not.toHaveBeenCalled();
  });

  it('cancels when the renderer crashes, and only that page’s request', () => {
    const { cancel, emit } = setUp();
    emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(cancel.mock.calls).toEqual([['req-1']]);
  });

  it('cancels when the page is destroyed, once', () => {
    const { cancel, emit } = setUp();
    emit('destroyed');
    emit('destroyed');
    expect(cancel).toHaveBeenCalledTimes(1);
  });
});
