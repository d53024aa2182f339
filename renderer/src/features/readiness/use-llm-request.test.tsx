import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import type { LlmEvent, LlmRequest } from '../../../../shared/llm/contract';
import { useLlmRequest } from './use-llm-request';

const request = { kind: 'readiness-review' as const, system: 's', user: 'u', maxTokens: 100 };
const listeners = new Set<(event: LlmEvent) => void>();
const publish = (event: LlmEvent) => {
  for (const listener of listeners) listener(event);
};
let startBehaviour: (request: LlmRequest) => Promise<{ ok: true; value: { requestId: string } }> = async ({
  requestId,
}) => ({
  ok: true,
  value: { requestId },
});
const usage = { inputTokens: 1, outputTokens: 2, costUsd: 0, costKnown: true };

// The hook reaches the desktop through window.shipready, as in Electron.
window.shipready = {
  startLlm: (request: LlmRequest) => startBehaviour(request),
  cancelLlm: async () => ({ ok: true, value: undefined }),
  onLlmEvent: (listener: (event: LlmEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
} as unknown as DesktopApi;

describe('useLlmRequest', () => {
  it('keeps an error that arrives before startLlm has returned its id (a fast 401)', async () => {
    startBehaviour = async ({ requestId }) => {
      publish({ requestId, type: 'error', code: 'auth', message: 'The API key was refused.' });
      return { ok: true, value: { requestId } };
    };
    const { result } = renderHook(() => useLlmRequest());
    await act(() => result.current.send(request));
    await waitFor(() => expect(result.current.state).toMatchObject({ phase: 'failed', code: 'auth' }));
  });

  it('assembles deltas and ends on done; ignores events of other requests', async () => {
    let r2 = '';
    startBehaviour = async ({ requestId }) => {
      r2 = requestId;
      return { ok: true, value: { requestId } };
    };
    const { result } = renderHook(() => useLlmRequest());
    await act(() => result.current.send(request));
    act(() => {
      publish({ requestId: r2, type: 'delta', text: 'Hel' });
      publish({ requestId: 'other', type: 'delta', text: 'XX' });
      publish({ requestId: r2, type: 'delta', text: 'lo' });
    });
    expect(result.current.state).toEqual({ phase: 'streaming', text: 'Hello' });
    act(() => publish({ requestId: r2, type: 'done', text: 'Hello', model: 'm', ...usage }));
    expect(result.current.state).toMatchObject({ phase: 'done', text: 'Hello' });
  });

  it('cancel frees the page at once, and a late event for the cancelled request changes nothing', async () => {
    let r3 = '';
    startBehaviour = async ({ requestId }) => {
      r3 = requestId;
      return { ok: true, value: { requestId } };
    };
    const { result } = renderHook(() => useLlmRequest());
    await act(() => result.current.send(request));
    act(() => result.current.cancel());
    expect(result.current.state).toMatchObject({ phase: 'failed', code: 'cancelled' });
    act(() => publish({ requestId: r3, type: 'done', text: 'late', model: 'm', ...usage }));
    expect(result.current.state).toMatchObject({ phase: 'failed', code: 'cancelled' });
  });
});
