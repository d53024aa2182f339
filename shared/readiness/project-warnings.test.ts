// Project warnings: which projects get which warning, and that warnings never move a score.
import { describe, expect, it } from 'vitest';
import { githubLink, metric, project, run } from '../../tests/fixtures/personas/rows';
import { tinyCurriculum } from '../../tests/fixtures/personas/tiny-curriculum';
import { computeReadiness } from './compute-readiness';
import type { ReadinessInput } from './types';

const curriculum = tinyCurriculum(
  [
    { id: 'rag', layer: 'infrastructure' },
    { id: 'fine-tuning', layer: 'advanced' },
  ],
  [{ id: 'l1', skills: ['rag'] }],
);

const input = (fields: Partial<ReadinessInput>): ReadinessInput => ({
  curriculum,
  progress: [],
  projects: [],
  milestones: [],
  evalRuns: [],
  metrics: [],
  selfChecks: [],
  ...fields,
});

describe('projectWarnings', () => {
  it('warns about missing numbers, a missing repository and a fine-tune without a baseline', () => {
    const readiness = computeReadiness(
      input({
        projects: [
          project('bare', { title: 'Bare', skills: ['rag'] }),
          project('tune', { title: 'Tune', skills: ['fine-tuning'], links: [githubLink('tune')] }),
          project('good', { title: 'Good', skills: ['fine-tuning'], links: [githubLink('good')] }),
          project('old', { title: 'Old', archivedAt: '2026-01-01' }),
        ],
        evalRuns: [run('t1', 'tune'), run('g1', 'good'), run('g2', 'good', { baselineRunId: 'g1' })],
        metrics: [metric('m1', 't1', 'tune', 'mrr', 0.4), metric('m2', 'g2', 'good', 'mrr', 0.5)],
      }),
    );
    expect(readiness.projectWarnings.map(({ projectId, kind }) => [projectId, kind])).toEqual([
      ['bare', 'no-eval-numbers'],
      ['bare', 'no-repository'],
      ['tune', 'no-baseline'],
    ]);
    expect(readiness.projectWarnings[0]).toEqual({
      projectId: 'bare',
      kind: 'no-eval-numbers',
      message: '“Bare” has no evaluation numbers',
      fix: 'Log an eval run with its metrics, its context and the size of the dataset it ran on',
    });
  });

  it('does not warn about a baseline before a fine-tuning project has any run', () => {
    const readiness = computeReadiness(input({ projects: [project('tune', { skills: ['fine-tuning'] })] }));
    expect(readiness.projectWarnings.map((warning) => warning.kind)).toEqual([
      'no-eval-numbers',
      'no-repository',
    ]);
  });

  it('never changes a score', () => {
    const bare = input({ projects: [project('p1', { skills: ['rag'] })] });
    const withSecond = input({
      projects: [project('p1', { skills: ['rag'] }), project('p2', { skills: [] })],
    });
    const first = computeReadiness(bare);
    const second = computeReadiness(withSecond);
    expect(second.projectWarnings.length).toBeGreaterThan(first.projectWarnings.length);
    expect(second.skills).toEqual(first.skills);
    expect(second.overall).toBe(first.overall);
  });
});
