// The few actions that would raise the overall score the most, estimated from each gap's points and the caps.

import { round1 } from './numbers';
import type { SkillEvaluation } from './skill-score';
import type { NextAction } from './types';

interface Candidate {
  action: NextAction;
  estimate: number;
  liftsFlag: boolean;
  skillIndex: number;
  gapIndex: number;
}

/**
 * The estimate: the skill's new score is its raw score plus the gap's gain, held by the caps that would still
 * apply (the gap's own flag is lifted when its action fixes it). That change moves the layer's mean by 1/n of it
 * (n skills in the layer) and the overall by a third of that. It ignores layer gating and counts each gap alone,
 * so gains of several gaps do not add up exactly; it is a ranking aid, not a promise.
 */
function estimateGain(evaluation: SkillEvaluation, gapIndex: number, layerSize: number, layerCount: number) {
  const { score, gapLifts } = evaluation;
  const gap = score.gaps[gapIndex];
  if (!gap) return { estimate: 0, liftsFlag: false };
  const lifted = gapLifts[gapIndex];
  const liftsFlag = lifted !== undefined && score.flags.some((flag) => flag.id === lifted);
  const capAfter = score.flags
    .filter((flag) => !liftsFlag || flag.id !== lifted)
    .reduce((cap, flag) => Math.min(cap, flag.cap), 100);
  const newScore = Math.min(score.raw + gap.gain, capAfter);
  return { estimate: (newScore - score.score) / layerSize / layerCount, liftsFlag };
}

/** Highest rounded gain first; on a tie, gaps that lift a red flag, then curriculum skill order, then gap order. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.action.overallGain - a.action.overallGain ||
    Number(b.liftsFlag) - Number(a.liftsFlag) ||
    a.skillIndex - b.skillIndex ||
    a.gapIndex - b.gapIndex
  );
}

export function nextActions(evaluations: SkillEvaluation[], layerCount: number, count = 3): NextAction[] {
  const layerSizes = new Map<string, number>();
  for (const { score } of evaluations) layerSizes.set(score.layer, (layerSizes.get(score.layer) ?? 0) + 1);
  const candidates: Candidate[] = [];
  for (const [skillIndex, evaluation] of evaluations.entries()) {
    const layerSize = layerSizes.get(evaluation.score.layer) ?? 1;
    for (const [gapIndex, gap] of evaluation.score.gaps.entries()) {
      const { estimate, liftsFlag } = estimateGain(evaluation, gapIndex, layerSize, Math.max(1, layerCount));
      if (!(estimate > 0)) continue;
      const action = { skillId: evaluation.skill.id, action: gap.action, overallGain: round1(estimate) };
      candidates.push({ action, estimate, liftsFlag, skillIndex, gapIndex });
    }
  }
  return candidates
    .sort(compareCandidates)
    .slice(0, count)
    .map((candidate) => candidate.action);
}
