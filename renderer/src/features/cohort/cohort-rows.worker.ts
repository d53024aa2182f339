// Checks and scores the students' bundles of a cohort folder off the page's thread: 200 students of 20
// projects each fill the cohort table while the page stays responsive.

import { type ScoredText, scoreBundleText } from '../../../../shared/cohort/score-bundle-text';
import type { Curriculum } from '../../../../shared/content/schema';

export type ScorerRequest =
  | { kind: 'curriculum'; curriculum: Curriculum }
  | { kind: 'bundle'; id: number; name: string; text: string };
export interface ScorerAnswer {
  id: number;
  scored: ScoredText;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScorerRequest>) => void) | null;
  postMessage(message: ScorerAnswer): void;
};

// Sent once, before any bundle (messages arrive in order).
let curriculum: Curriculum | null = null;

scope.onmessage = async (event) => {
  const request = event.data;
  if (request.kind === 'curriculum') {
    curriculum = request.curriculum;
    return;
  }
  const scored: ScoredText = curriculum
    ? await scoreBundleText(curriculum, request.name, request.text)
    : { ok: false, problem: `${request.name} was not scored: the curriculum did not reach the worker.` };
  scope.postMessage({ id: request.id, scored });
};
