// The browser edition's LLM channel: `llm:start` answers with JSON lines (its Result, then the events),
// which this turns back into the same onLlmEvent pushes Electron sends over IPC.
import type { LlmEvent, LlmRequest } from '../../../shared/llm/contract';
import { fail, type Result } from '../../../shared/result';

type Listener = (event: LlmEvent) => void;

export function createHttpLlmStream(base: URL) {
  const listeners = new Set<Listener>();
  const inFlight = new Map<string, AbortController>();
  const publish = (event: LlmEvent) => {
    for (const listener of listeners) listener(event);
  };

  async function start(request: LlmRequest): Promise<Result<{ requestId: string }>> {
    const controller = new AbortController();
    let response: Response;
    try {
      response = await fetch(new URL('./llm:start', base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
        signal: controller.signal,
      });
    } catch {
      return fail(
        'host-unreachable',
        'ShipReady’s local host stopped answering. Start it again with npm start.',
      );
    }
    if (!response.ok || !response.body)
      return fail('host-refused', `The local host refused the request (${response.status}).`);
    const lines = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const nextLine = async (): Promise<string | null> => {
      while (!buffer.includes('\n')) {
        const chunk = await lines.read();
        if (chunk.done) return null;
        buffer += chunk.value;
      }
      const index = buffer.indexOf('\n');
      const line = buffer.slice(0, index);
      buffer = buffer.slice(index + 1);
      return line;
    };
    const head = await nextLine();
    const first: Result<{ requestId: string }> = head
      ? (JSON.parse(head) as Result<{ requestId: string }>)
      : fail('host-refused', 'The local host closed the stream.');
    if (!first.ok) return first;
    const { requestId } = first.value;
    inFlight.set(requestId, controller);
    void (async () => {
      try {
        for (let line = await nextLine(); line !== null; line = await nextLine())
          if (line) publish(JSON.parse(line) as LlmEvent);
      } catch {
        // Reading stops on cancel; the host sends its own "cancelled" event when it can.
      } finally {
        inFlight.delete(requestId);
      }
    })();
    return first;
  }

  return {
    start,
    /** Stops reading a request's stream and tells listeners it ended, even if the host's own word is lost. */
    abort(requestId: string) {
      const controller = inFlight.get(requestId);
      if (!controller) return;
      inFlight.delete(requestId);
      controller.abort();
      publish({ requestId, type: 'error', code: 'cancelled', message: 'Cancelled. Nothing was saved.' });
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    publish,
  };
}
