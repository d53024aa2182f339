// Reads picked eval files in a module worker and resolves with every file's outcome, in the order given.
import type { EvalInput } from '../../../../../shared/eval-import/import-eval';
import type { FileOutcome, ParseFiles, ParseProgress, WorkerReply, WorkerRequest } from './worker-messages';

function transferables(inputs: EvalInput[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const input of inputs) {
    const all = input.kind === 'file' ? [input.bytes] : input.entries.map((entry) => entry.bytes);
    for (const bytes of all) if (bytes && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  }
  return [...buffers];
}

export const parseInWorker: ParseFiles = (inputs, onProgress) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    const outcomes: FileOutcome[] = [];
    const progress: ParseProgress = { done: 0, total: inputs.length };
    const names = inputs.map((input) => input.name);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'started') {
        onProgress({ ...progress, current: reply.name });
      } else if (reply.type === 'finished') {
        outcomes[reply.index] = { name: names[reply.index] ?? '', result: reply.result };
        progress.done += 1;
        onProgress({ ...progress });
      } else {
        worker.terminate();
        resolve(outcomes);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the files could not be read (${event.message || 'the reader stopped'}).`));
    };
    const request: WorkerRequest = { inputs };
    worker.postMessage(request, transferables(inputs));
  });
