// Follows one LLM request from send to its last event; cancel stops it within a moment. Nothing is
// stored here: the caller saves only a complete, validated answer.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LlmErrorCode, LlmEvent, LlmRequest } from '../../../../shared/llm/contract';
import { desktopApi } from '../../platform/desktop-api';

export type LlmState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'streaming'; text: string }
  | { phase: 'done'; text: string; model: string; inputTokens: number; outputTokens: number }
  | { phase: 'failed'; code: LlmErrorCode | string; message: string; retryAfterSeconds?: number };

export function useLlmRequest() {
  const [state, setState] = useState<LlmState>({ phase: 'idle' });
  const active = useRef<string | null>(null);
  // A fast failure can arrive before startLlm has even returned its id; such events wait here.
  const early = useRef<LlmEvent[] | null>(null);

  const handle = useCallback((event: LlmEvent) => {
    if (event.requestId !== active.current) return;
    if (event.type === 'delta') {
      setState((s) => ({ phase: 'streaming', text: (s.phase === 'streaming' ? s.text : '') + event.text }));
      return;
    }
    active.current = null;
    setState(event.type === 'done' ? { phase: 'done', ...event } : { phase: 'failed', ...event });
  }, []);

  useEffect(
    () =>
      desktopApi().onLlmEvent((event) => {
        if (early.current) early.current.push(event);
        else handle(event);
      }),
    [handle],
  );

  const send = useCallback(
    async (request: LlmRequest) => {
      setState({ phase: 'sending' });
      early.current = [];
      const started = await desktopApi().startLlm(request);
      const waiting = early.current ?? [];
      early.current = null;
      if (!started.ok)
        return setState({ phase: 'failed', code: started.error.code, message: started.error.message });
      active.current = started.value.requestId;
      setState((s) => (s.phase === 'sending' ? { phase: 'streaming', text: '' } : s));
      for (const event of waiting) handle(event);
    },
    [handle],
  );

  const cancel = useCallback(() => {
    const id = active.current;
    active.current = null;
    // The page is free at once; the desktop side stops the request on its own time.
    setState({ phase: 'failed', code: 'cancelled', message: 'Cancelled. Nothing was saved.' });
    if (id) void desktopApi().cancelLlm(id);
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, send, cancel, reset };
}

/** SHA-256 of exactly what is sent: the cache key of a stored answer. */
export async function hashRequest(request: LlmRequest): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(request));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
