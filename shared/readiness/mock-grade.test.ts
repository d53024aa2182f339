// LLM grades of mock-interview answers: bounded, de-duplicated, disjoint, and counted only once confirmed.
import { describe, expect, it } from 'vitest';
import { realCurriculum } from '../../tests/fixtures/personas/curriculum';
import { selfCheck } from '../../tests/fixtures/personas/rows';
import { computeReadiness } from './compute-readiness';
import { checkLlmGrade, confirmedLlmResult } from './mock-grade';
import type { ReadinessInput, SelfCheckResult } from './types';

const empty: ReadinessInput = {
  curriculum: realCurriculum,
  progress: [],
  projects: [],
  milestones: [],
  evalRuns: [],
  metrics: [],
  selfChecks: [],
};

describe('checkLlmGrade', () => {
  it('drops repeats and indexes outside the points, and makes covered and missing disjoint', () => {
    const checked = checkLlmGrade({ covered: [0, 0, 2, 7, -1, 1.5, 3], missing: [3, 1, 1] }, 5);
    expect(checked.covered).toEqual([0, 2]);
    expect(checked.missing).toEqual([1, 3]);
    expect(checked.dropped).toEqual([
      'covered point 0 was listed twice',
      'covered point 7 is not one of the 5 points',
      'covered point -1 is not one of the 5 points',
      'covered point 1.5 is not one of the 5 points',
      'missing point 1 was listed twice',
      'point 3 was both covered and missing; it counts as missing',
    ]);
  });
});

describe('LLM-graded answers in readiness', () => {
  const skill = realCurriculum.skills.find((candidate) => candidate.id === 'rag');
  const questionId = skill?.selfCheck[0]?.id ?? '';
  const verifiedOf = (selfChecks: SelfCheckResult[]) =>
    computeReadiness({ ...empty, selfChecks }).skills.find((s) => s.skillId === 'rag')?.tiers;

  it('counts nothing until the person confirms, then as verified; a self-graded answer is claimed', () => {
    const unconfirmed = { ...selfCheck('rag', questionId, 5), grader: 'llm' as const };
    expect(verifiedOf([unconfirmed])).toMatchObject({ verified: 0, claimed: 0 });
    const confirmed = confirmedLlmResult(
      { skillId: 'rag', questionId, pointCount: 5 },
      [0, 1, 2, 3, 4, 4, 9],
      '2026-05-01T09:00:00Z',
      '2026-05-01T09:01:00Z',
    );
    expect(confirmed.covered).toBe(5);
    expect(verifiedOf([confirmed])?.verified).toBeGreaterThan(0);
    expect(verifiedOf([selfCheck('rag', questionId, 5)])).toMatchObject({ verified: 0 });
    expect(verifiedOf([selfCheck('rag', questionId, 5)])?.claimed).toBeGreaterThan(0);
  });
});
