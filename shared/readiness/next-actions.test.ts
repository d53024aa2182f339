import { describe, expect, it } from 'vitest';
import { realCurriculum } from '../../tests/fixtures/personas/curriculum';
import { notebookBeginner } from '../../tests/fixtures/personas/personas';
import { computeReadiness } from './compute-readiness';
import type { ReadinessInput } from './types';

const empty = (): ReadinessInput => ({
  ...notebookBeginner(),
  progress: [],
  projects: [],
  milestones: [],
  evalRuns: [],
  metrics: [],
  selfChecks: [],
});

describe('next actions for a newcomer', () => {
  it('with no data, the first suggestion is month 1, week 1 at its first lesson, not a project', () => {
    const [first] = computeReadiness(empty()).nextActions;
    const month = realCurriculum.months.find((m) => m.number === 1);
    const week = month?.weeks.find((w) => w.kind === 'study' && w.lessons.length > 0);
    expect(first?.kind).toBe('start-roadmap');
    expect(first?.action).toMatch(/^Start month 1, week 1: /);
    expect(first?.target).toEqual({ page: 'roadmap', path: ['lesson', week?.lessons[0]] });
  });

  it('once a lesson is done or a project exists, the newcomer suggestion is gone', () => {
    const withProgress = computeReadiness(notebookBeginner()).nextActions;
    expect(withProgress.some((action) => action.kind === 'start-roadmap')).toBe(false);
    const withProject = computeReadiness({ ...notebookBeginner(), progress: [] }).nextActions;
    expect(withProject.some((action) => action.kind === 'start-roadmap')).toBe(false);
  });
});
