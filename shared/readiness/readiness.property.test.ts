// Properties of the readiness scoring over generated inputs: deterministic, bounded, monotone (scores and ready to
// apply), each score the raw sum held by its caps, and a minimal ready portfolio that each missing piece undoes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputArb, withMoreEvidence } from '../../tests/fixtures/personas/arbitraries';
import { minimalReady } from '../../tests/fixtures/personas/hiring-personas';
import { claimedMax } from './claimed-evidence';
import { computeReadiness } from './compute-readiness';
import { round1 } from './numbers';
import type { Readiness, ReadinessInput } from './types';

/** Every score in a result, each with a name so a failure says which one moved. */
function allScores(readiness: Readiness): [string, number][] {
  return [
    ...readiness.skills.flatMap((skill): [string, number][] => [
      [`skill ${skill.skillId}`, skill.score],
      [`skill ${skill.skillId} raw`, skill.raw],
    ]),
    ...readiness.layers.flatMap((layer): [string, number][] => [
      [`layer ${layer.layer}`, layer.score],
      [`layer ${layer.layer} raw`, layer.raw],
    ]),
    ...readiness.roles.map((role): [string, number] => [`role ${role.roleId}`, role.score]),
    ['overall', readiness.overall],
  ];
}

const claimedLimit = claimedMax.lessons + claimedMax.selfCheck + claimedMax.milestones;

describe('computeReadiness properties', () => {
  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(computeReadiness(input)).toEqual(computeReadiness(structuredClone(input)));
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('keeps every score within 0..100 and claimed evidence within 15 of a skill', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const readiness = computeReadiness(input);
        for (const [name, score] of allScores(readiness)) {
          expect(Number.isFinite(score), name).toBe(true);
          expect(score, name).toBeGreaterThanOrEqual(0);
          expect(score, name).toBeLessThanOrEqual(100);
        }
        for (const skill of readiness.skills) {
          expect(skill.tiers.claimed, skill.skillId).toBeLessThanOrEqual(claimedLimit);
          for (const point of skill.points) expect(point.points).toBeLessThanOrEqual(point.max);
        }
        for (const action of readiness.nextActions) expect(action.overallGain).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('is monotone: adding evidence never lowers any score or turns ready to apply off', () => {
    // Half the bases are ready to apply, so "never turns ready off" is tested, not vacuous.
    const baseArb = fc.oneof(inputArb, fc.constant(minimalReady()));
    const pairArb = baseArb.chain((base) => withMoreEvidence(base).map((more) => [base, more] as const));
    fc.assert(
      fc.property(pairArb, ([base, more]) => {
        const before = computeReadiness(base);
        const after = computeReadiness(more);
        const scoresAfter = new Map(allScores(after));
        for (const [name, score] of allScores(before)) {
          expect(scoresAfter.get(name), name).toBeGreaterThanOrEqual(score);
        }
        if (before.readyToApply.ready) expect(after.readyToApply.ready).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('scores each skill as its points summed (at most 100) and held by the listed caps', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const skill of computeReadiness(input).skills) {
          const sum = skill.points.reduce((total, point) => total + point.points, 0);
          expect(skill.raw).toBe(round1(Math.min(100, sum)));
          expect(skill.score).toBe(round1(Math.min(skill.raw, ...skill.flags.map((flag) => flag.cap))));
        }
      }),
    );
  });

  it('without any evaluation run, overall stays at or under 40 and ready to apply stays off', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const readiness = computeReadiness({ ...input, evalRuns: [], metrics: [] });
        expect(readiness.overall).toBeLessThanOrEqual(40);
        expect(readiness.readyToApply.ready).toBe(false);
      }),
    );
  });
});

describe('a minimal ready-to-apply portfolio', () => {
  const base = minimalReady();
  const withoutBaseline = (input: ReadinessInput): ReadinessInput => ({
    ...input,
    evalRuns: input.evalRuns.map(({ baselineRunId: _, ...run }) => run),
  });
  const underMinimum = (input: ReadinessInput): ReadinessInput => ({
    ...input,
    evalRuns: input.evalRuns.map((run) => ({ ...run, context: { ...run.context, datasetSize: 49 } })),
  });
  const withoutContext =
    (field: 'model' | 'datasetName' | 'datasetSplit' | 'commitOrUrl') => (input: ReadinessInput) => ({
      ...input,
      evalRuns: input.evalRuns.map((run) => {
        const { [field]: _, ...context } = run.context;
        return { ...run, context };
      }),
    });
  const withoutLink =
    (kind: 'repository' | 'live') =>
    (input: ReadinessInput): ReadinessInput => ({
      ...input,
      projects: input.projects.map((project) => ({
        ...project,
        links: project.links.filter((link) => link.kind !== kind),
      })),
    });

  it('is ready to apply as built', () => {
    expect(computeReadiness(base).readyToApply).toMatchObject({ ready: true, missing: null, skillId: 'rag' });
  });

  it.each([
    ['the baseline', withoutBaseline, 'qualifying-baseline'],
    ['the dataset minimum', underMinimum, 'qualifying-baseline'],
    ['the model', withoutContext('model'), 'qualifying-baseline'],
    ['the dataset name', withoutContext('datasetName'), 'qualifying-baseline'],
    ['the split', withoutContext('datasetSplit'), 'qualifying-baseline'],
    ['the commit', withoutContext('commitOrUrl'), 'qualifying-baseline'],
    ['the repository link', withoutLink('repository'), 'repository'],
    ['the live link', withoutLink('live'), 'live-or-shipped'],
  ])('is not ready without %s, and the banner names it as missing', (_, remove, missing) => {
    const result = computeReadiness(remove(base)).readyToApply;
    expect(result.ready).toBe(false);
    expect(result.missing?.id).toBe(missing);
    expect(result.reason).toContain(`Missing: ${result.missing?.label}.`);
  });
});
