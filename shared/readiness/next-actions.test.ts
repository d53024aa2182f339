// Ranking of next actions: estimated overall gain, caps lifted, and the tie-breaking order.
import { describe, expect, it } from 'vitest';
import { tinyCurriculum } from '../../tests/fixtures/personas/tiny-curriculum';
import { nextActions } from './next-actions';
import { flagCaps } from './red-flags';
import type { SkillEvaluation } from './skill-score';
import type { EvidenceSource, Gap, RedFlagId } from './types';

const curriculum = tinyCurriculum(
  [
    { id: 'f1', layer: 'foundation' },
    { id: 'f2', layer: 'foundation' },
    { id: 'i1', layer: 'infrastructure' },
  ],
  [],
);

interface GapSpec {
  action: string;
  gain: number;
  lifts?: RedFlagId;
  source?: EvidenceSource;
}

function evaluation(skillId: string, raw: number, gaps: GapSpec[], flags: RedFlagId[] = []): SkillEvaluation {
  const skill = curriculum.skills.find((candidate) => candidate.id === skillId);
  if (!skill) throw new Error(skillId);
  const caps = flags.map((id) => flagCaps[id]);
  return {
    skill,
    score: {
      skillId,
      layer: skill.layer,
      raw,
      score: Math.min(raw, ...caps),
      points: [],
      gaps: gaps.map(
        (gap): Gap => ({
          source: gap.source ?? 'projects',
          missing: gap.action,
          action: gap.action,
          gain: gap.gain,
        }),
      ),
      flags: flags.map((id) => ({ id, skillId, cap: flagCaps[id], message: id, fix: id })),
    },
    gapLifts: gaps.map((gap) => gap.lifts),
  };
}

describe('nextActions', () => {
  it('ranks by the estimated overall gain: the skill gain over the layer size, over 3 layers', () => {
    const actions = nextActions(
      [
        evaluation('f1', 10, [{ action: 'small', gain: 3 }]),
        evaluation('f2', 10, [{ action: 'big', gain: 12 }]),
        evaluation('i1', 10, [
          { action: 'tiny', gain: 1.5 },
          { action: 'biggest', gain: 9 },
        ]),
      ],
      3,
    );
    // i1: 9 / 1 skill / 3 layers = 3; f2: 12 / 2 / 3 = 2; f1: 3 / 2 / 3 = 0.5, ahead of i1's 1.5 / 1 / 3 = 0.5.
    expect(actions).toEqual([
      { skillId: 'i1', action: 'biggest', overallGain: 3 },
      { skillId: 'f2', action: 'big', overallGain: 2 },
      { skillId: 'f1', action: 'small', overallGain: 0.5 },
    ]);
  });

  it('counts only what the caps let through, and lifts the cap the action fixes', () => {
    const capped = evaluation(
      'i1',
      90,
      [
        { action: 'more lessons', gain: 10, source: 'lessons' },
        { action: 'log numbers', gain: 10, lifts: 'no-eval-numbers' },
      ],
      ['no-eval-numbers', 'no-repository'],
    );
    // Lessons: still held at 60, no gain. Numbers: 60 → min(100, 75) = 75, so 15 / 1 skill / 3 layers = 5.
    expect(nextActions([capped], 3)).toEqual([{ skillId: 'i1', action: 'log numbers', overallGain: 5 }]);
  });

  it('breaks ties by lifting a red flag, then curriculum skill order, then gap order', () => {
    const actions = nextActions(
      [
        evaluation('f1', 0, [
          { action: 'f1 first', gain: 6 },
          { action: 'f1 second', gain: 6 },
        ]),
        evaluation('f2', 20, [{ action: 'f2 lifts', gain: 6, lifts: 'not-built' }], ['not-built']),
      ],
      3,
    );
    expect(actions.map((action) => action.action)).toEqual(['f2 lifts', 'f1 first', 'f1 second']);
  });

  it('returns at most three and nothing when nothing is missing', () => {
    const many = evaluation(
      'f1',
      0,
      Array.from({ length: 6 }, (_, index) => ({ action: `a${index}`, gain: 5 })),
    );
    expect(nextActions([many], 3)).toHaveLength(3);
    expect(nextActions([evaluation('f1', 100, [])], 3)).toEqual([]);
  });
});
