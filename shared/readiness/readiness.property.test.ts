// Properties of the readiness scoring over generated inputs: deterministic, bounded, monotone, caps as listed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputArb, withMoreEvidence } from '../../tests/fixtures/personas/arbitraries';
import type { Project } from '../domain/projects';
import { computeReadiness } from './compute-readiness';
import { round1 } from './numbers';
import type { Readiness, ReadinessInput, RedFlagId } from './types';

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

const repositoryHost = /^https:\/\/([^/]+\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)(\/|$)/i;

/** The flag conditions as the brief states them, checked row by row without the production index. */
function expectedFlags(input: ReadinessInput, skillId: string, raw: number): RedFlagId[] {
  const skill = input.curriculum.skills.find((candidate) => candidate.id === skillId);
  const users = input.projects.filter(
    (project) => project.archivedAt === undefined && project.skills.includes(skillId),
  );
  const runIds = new Set(input.evalRuns.map((run) => run.id));
  const runsOf = (project: Project) => input.evalRuns.filter((run) => run.projectId === project.id);
  const hasMetric = (project: Project) =>
    runsOf(project).some((run) =>
      input.metrics.some((row) => row.runId === run.id && Number.isFinite(row.value)),
    );
  const hasRepository = (project: Project) =>
    project.links.some((link) => /repo/i.test(link.label) || repositoryHost.test(link.url));
  const hasBaseline = (project: Project) =>
    runsOf(project).some(
      (run) =>
        run.baselineRunId !== undefined && run.baselineRunId !== run.id && runIds.has(run.baselineRunId),
    );
  const deployed = (project: Project) =>
    project.status === 'shipped' || project.links.some((link) => /demo|app|live/i.test(link.label));
  const flags: RedFlagId[] = [];
  if (users.length === 0 && raw > 0) flags.push('not-built');
  if (skill?.layer !== 'foundation' && !users.some(hasMetric)) flags.push('no-eval-numbers');
  if (!users.some(hasRepository)) flags.push('no-repository');
  if (skillId === 'fine-tuning' && !users.some(hasBaseline)) flags.push('fine-tuning-without-baseline');
  if (skillId === 'deployment' && !users.some(deployed)) flags.push('nothing-deployed');
  return flags;
}

describe('computeReadiness properties', () => {
  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(computeReadiness(input)).toEqual(computeReadiness(structuredClone(input)));
      }),
    );
  });

  it('keeps every score finite and within 0..100', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const readiness = computeReadiness(input);
        for (const [name, score] of allScores(readiness)) {
          expect(Number.isFinite(score), name).toBe(true);
          expect(score, name).toBeGreaterThanOrEqual(0);
          expect(score, name).toBeLessThanOrEqual(100);
        }
        for (const action of readiness.nextActions) expect(action.overallGain).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('is monotone: adding evidence never lowers a skill, layer, role or overall score', () => {
    const pairArb = inputArb.chain((base) => withMoreEvidence(base).map((more) => [base, more] as const));
    fc.assert(
      fc.property(pairArb, ([base, more]) => {
        const before = allScores(computeReadiness(base));
        const after = new Map(allScores(computeReadiness(more)));
        for (const [name, score] of before) expect(after.get(name), name).toBeGreaterThanOrEqual(score);
      }),
      { numRuns: 200 },
    );
  });

  it('lists a flag exactly when its condition holds, and the score is the raw sum held by the listed caps', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const skill of computeReadiness(input).skills) {
          expect(skill.flags.map((flag) => flag.id)).toEqual(expectedFlags(input, skill.skillId, skill.raw));
          const sum = skill.points.reduce((total, point) => total + point.points, 0);
          expect(skill.raw).toBe(round1(sum));
          expect(skill.score).toBe(round1(Math.min(skill.raw, ...skill.flags.map((flag) => flag.cap))));
          for (const flag of skill.flags) expect(skill.score).toBeLessThanOrEqual(flag.cap);
        }
      }),
    );
  });
});
