// Starts one module worker that scores students' bundles for the cohort table, given the curriculum once as
// data; where no worker can start (tests in jsdom), the same scoring runs on this thread.

import type { ScoredText } from '../../../../shared/cohort/score-bundle-text';
import type { Curriculum } from '../../../../shared/content/schema';
import type { ScorerAnswer, ScorerRequest } from './cohort-rows.worker';

export interface BundleScorer {
  score(name: string, text: string): Promise<ScoredText>;
  /** Ends the worker; scores still asked for reject. */
  stop(): void;
}

export function startBundleScorer(curriculum: Curriculum): BundleScorer {
  if (typeof Worker === 'undefined') {
    const scoring = import('../../../../shared/cohort/score-bundle-text');
    return {
      score: async (name, text) => (await scoring).scoreBundleText(curriculum, name, text),
      stop: () => {},
    };
  }
  const worker = new Worker(new URL('./cohort-rows.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (scored: ScoredText) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const rejectAll = (error: Error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.onmessage = (event: MessageEvent<ScorerAnswer>) => {
    waiting.get(event.data.id)?.resolve(event.data.scored);
    waiting.delete(event.data.id);
  };
  worker.onerror = (event) => {
    worker.terminate();
    rejectAll(new Error(`the bundles could not be scored (${event.message || 'the scorer stopped'}).`));
  };
  const send = (request: ScorerRequest) => worker.postMessage(request);
  send({ kind: 'curriculum', curriculum });
  return {
    score: (name, text) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        send({ kind: 'bundle', id, name, text });
      }),
    stop: () => {
      worker.terminate();
      rejectAll(new Error('stopped'));
    },
  };
}
