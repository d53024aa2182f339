// The worker that reads eval-tool files off the page's thread: a 50 MB promptfoo file parses here while
// the page stays responsive. It reports each file as it starts and as it ends.
import { importEvalInput } from '../../../../../shared/eval-import/import-eval';
import type { WorkerReply, WorkerRequest } from './worker-messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = async (event) => {
  const { inputs } = event.data;
  for (const [index, input] of inputs.entries()) {
    scope.postMessage({ type: 'started', index, name: input.name });
    scope.postMessage({ type: 'finished', index, result: await importEvalInput(input) });
  }
  scope.postMessage({ type: 'done' });
};
