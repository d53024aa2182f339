// The browser edition's LLM channel: `llm:start` answers with JSON lines (the events of the request, and
// its Result, in whatever order they happen), which this turns back into the onLlmEvent pushes Electron
// sends over IPC. The page chose the request id, so no line has to wait for another.
import type { Answer } from '../../../shared/ipc/contract';
import type { LlmEvent, LlmRequest } from '../../../shared/llm/contract';
import { fail } from '../../../shared/result';

type Listener = (event: LlmEvent) => void;
type StartAnswer = Answer<'llm:start'>;

const isResultLine = (line: unknown): line is StartAnswer =>
  typeof line === 'object' && line !== null && 'ok' in line;

export function createHttpLlmStream(base: URL) {
  const listeners = new Set<Listener>();
  const inFlight = new Map<string, AbortController>();
  const publish = (event: LlmEvent) => {
    for (const listener of listeners) listener(event);
  };

  async function start(request: LlmRequest): Promise<StartAnswer> {
    const controller = new AbortController();
    // Registered before the first await: a cancel pressed at once still stops this request.
    inFlight.set(request.requestId, controller);
    let answered: (answer: StartAnswer) => void = () => {};
    const answer = new Promise<StartAnswer>((resolve) => {
      answered = resolve;
    });
    void (async () => {
      try {
        const response = await fetch(new URL('./llm:start', base), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(request),
          signal: controller.signal,
        });
        if (!response.ok || !response.body)
          return answered(fail('host-refused', `The local host refused the request (${response.status}).`));
        const lines = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (let chunk = await lines.read(); !chunk.done; chunk = await lines.read()) {
          buffer += chunk.value;
          for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
            const line = buffer.slice(0, end);
            buffer = buffer.slice(end + 1);
            if (!line) continue;
            const parsed: unknown = JSON.parse(line);
            if (isResultLine(parsed)) answered(parsed);
            else publish(parsed as LlmEvent);
          }
        }
        answered(fail('host-refused', 'The local host closed the stream before it answered.'));
      } catch {
        // Reading stops on cancel; abort() has told the listeners already.
        answered(
          fail(
            'host-unreachable',
            'ShipReady’s local host stopped answering. Start it again with npm start.',
          ),
        );
      } finally {
        inFlight.delete(request.requestId);
      }
    })();
    return answer;
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
