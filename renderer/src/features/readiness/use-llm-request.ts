// Follows one LLM request from send to its last event; cancel stops it within a moment. Nothing is
// stored here: useLlmTask saves only a complete, validated answer. The id is made here, before sending,
// so every event of the request is recognised from the first one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LlmErrorCode, LlmEvent, LlmPrompt, LlmUsage } from '../../../../shared/llm/contract';
import { desktopApi } from '../../platform/desktop-api';

export type LlmState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'loading-model' }
  | { phase: 'streaming'; text: string }
  | ({ phase: 'done'; text: string; model: string; replyModel?: string } & LlmUsage)
  | {
      phase: 'failed';
      code: LlmErrorCode | string;
      message: string;
      retryAfterSeconds?: number;
      maxTokens?: number;
    };

export const isInFlight = (state: LlmState) =>
  state.phase === 'sending' || state.phase === 'loading-model' || state.phase === 'streaming';

export function useLlmRequest() {
  const [state, setState] = useState<LlmState>({ phase: 'idle' });
  const active = useRef<string | null>(null);

  useEffect(
    () =>
      desktopApi().onLlmEvent((event: LlmEvent) => {
        if (event.requestId !== active.current) return;
        if (event.type === 'waiting') {
          setState((s) => (s.phase === 'sending' ? { phase: 'loading-model' } : s));
          return;
        }
        if (event.type === 'delta') {
          setState((s) => ({
            phase: 'streaming',
            text: (s.phase === 'streaming' ? s.text : '') + event.text,
          }));
          return;
        }
        active.current = null;
        if (event.type === 'done') {
          const { requestId: _id, type: _type, ...answer } = event;
          setState({ phase: 'done', ...answer });
        } else {
          const { requestId: _id, type: _type, ...failure } = event;
          setState({ phase: 'failed', ...failure });
        }
      }),
    [],
  );

  const send = useCallback(async (prompt: LlmPrompt) => {
    const requestId = crypto.randomUUID();
    active.current = requestId;
    setState({ phase: 'sending' });
    const started = await desktopApi().startLlm({ ...prompt, requestId });
    if (!started.ok && active.current === requestId) {
      active.current = null;
      setState({ phase: 'failed', code: started.error.code, message: started.error.message });
    }
  }, []);

  const cancel = useCallback(() => {
    const id = active.current;
    active.current = null;
    // The page is free at once; the desktop side stops the request on its own time.
    setState({ phase: 'failed', code: 'cancelled', message: 'Cancelled. Nothing was saved.' });
    if (id) void desktopApi().cancelLlm(id);
  }, []);

  const reset = useCallback(() => {
    active.current = null;
    setState({ phase: 'idle' });
  }, []);
  return { state, send, cancel, reset };
}

/** SHA-256 of exactly what is sent (without its per-send id): the cache key of a stored answer. */
export async function hashRequest(prompt: LlmPrompt): Promise<string> {
  const { kind, system, user, maxTokens } = prompt;
  const bytes = new TextEncoder().encode(JSON.stringify({ kind, system, user, maxTokens }));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
