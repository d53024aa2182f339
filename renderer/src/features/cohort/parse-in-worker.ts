// Runs parseBundle in a module worker; where no worker can start (tests in jsdom), on this thread.
import type { parseBundle } from '../../../../shared/bundle/parse-bundle';

type Checked = Awaited<ReturnType<typeof parseBundle>>;

export function parseBundleOffThread(text: string): Promise<Checked> {
  if (typeof Worker === 'undefined')
    return import('../../../../shared/bundle/parse-bundle').then((module) => module.parseBundle(text));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-bundle.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Checked>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the bundle could not be checked (${event.message || 'the checker stopped'}).`));
    };
    worker.postMessage(text);
  });
}
