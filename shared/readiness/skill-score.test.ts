// Each scoring part of a skill, and each red flag with the evidence that lifts it.
import { describe, expect, it } from 'vitest';
import {
  done,
  githubLink,
  metric,
  milestones,
  project,
  run,
  selfCheck,
  skipped,
} from '../../tests/fixtures/personas/rows';
import { tinyCurriculum } from '../../tests/fixtures/personas/tiny-curriculum';
import type { Project } from '../domain/projects';
import { computeReadiness } from './compute-readiness';
import type { EvidenceSource, ReadinessInput, SkillScore } from './types';

const curriculum = tinyCurriculum(
  [
    { id: 'f1', layer: 'foundation' },
    { id: 'rag', layer: 'infrastructure' },
    { id: 'deployment', layer: 'infrastructure' },
    { id: 'fine-tuning', layer: 'advanced' },
  ],
  [
    { id: 'l1', skills: ['f1'] },
    { id: 'l2', skills: ['f1', 'rag'] },
    { id: 'l3', skills: ['f1'] },
    { id: 'l4', skills: ['f1'] },
    { id: 'l5', skills: ['rag'] },
    { id: 'l6', skills: ['deployment'] },
    { id: 'l7', skills: ['fine-tuning'] },
  ],
);

const input = (fields: Partial<ReadinessInput> = {}): ReadinessInput => ({
  curriculum,
  progress: [],
  projects: [],
  milestones: [],
  evalRuns: [],
  metrics: [],
  selfChecks: [],
  ...fields,
});

function skillOf(fields: Partial<ReadinessInput>, skillId = 'f1'): SkillScore {
  const skill = computeReadiness(input(fields)).skills.find((score) => score.skillId === skillId);
  if (!skill) throw new Error(`no skill ${skillId}`);
  return skill;
}

const pointsFrom = (skill: SkillScore, source: EvidenceSource) =>
  skill.points.filter((point) => point.source === source).reduce((sum, point) => sum + point.points, 0);

describe('lessons', () => {
  it('counts done lessons and skips with evidence, not other skips or lessons in progress', () => {
    const skill = skillOf({
      progress: [
        done('l1'),
        skipped('l2', 'already-known'),
        skipped('l3', 'not-relevant'),
        { itemId: 'l4', status: 'in-progress', updatedAt: '2026-01-01' },
      ],
    });
    const lessons = skill.points.find((point) => point.source === 'lessons');
    expect(lessons).toMatchObject({ points: 15, max: 30, refs: ['l1', 'l2'] });
    expect(lessons?.label).toBe('2 of 4 lessons that train it are done (1 skipped with evidence)');
    const gap = skill.gaps.find((candidate) => candidate.source === 'lessons');
    expect(gap?.action).toBe('Finish the lesson “Lesson l3” (1 more after it)');
    expect(gap?.gain).toBe(7.5);
  });

  it('counts outside evidence and rounds to one decimal', () => {
    const skill = skillOf({ progress: [skipped('l1', 'outside-evidence')] }, 'f1');
    expect(pointsFrom(skill, 'lessons')).toBe(7.5);
    const rag = skillOf({ progress: [done('l2')] }, 'rag');
    expect(pointsFrom(rag, 'lessons')).toBe(15);
    expect(skillOf({ progress: [done('l1'), done('l2'), done('l3'), done('l4')] }).gaps[0]?.source).not.toBe(
      'lessons',
    );
  });
});

describe('self-check', () => {
  it('takes the best answer per question and counts unanswered questions as 0', () => {
    const skill = skillOf({ selfChecks: [selfCheck('f1', 'f1-q1', 3), selfCheck('f1', 'f1-q1', 5)] });
    expect(pointsFrom(skill, 'self-check')).toBe(5);
    const gap = skill.gaps.find((candidate) => candidate.source === 'self-check');
    expect(gap?.action).toBe('Answer “Question 2 on f1?” in a mock interview');
    expect(gap?.gain).toBe(5);
  });

  it('ignores results with no total and clamps over-counted ones', () => {
    const skill = skillOf({ selfChecks: [selfCheck('f1', 'f1-q1', 3, 0), selfCheck('f1', 'f1-q2', 9, 5)] });
    expect(pointsFrom(skill, 'self-check')).toBe(5);
  });
});

describe('projects, milestones and eval runs', () => {
  it('scores each project part and names each missing one', () => {
    const used = skillOf({ projects: [project('p1', { skills: ['f1'] })] });
    expect(pointsFrom(used, 'projects')).toBe(10);
    expect(used.gaps.filter((gap) => gap.source === 'projects').map((gap) => gap.gain)).toEqual([5, 5, 5]);

    const full = skillOf({
      projects: [
        project('p1', { skills: ['f1'], status: 'shipped' }),
        project('p2', { skills: ['f1'], links: [{ label: 'Repo', url: 'https://example.com/x' }] }),
        project('p3', { skills: ['f1'], postmortem: ' What broke. ' }),
      ],
    });
    expect(pointsFrom(full, 'projects')).toBe(25);
    expect(full.gaps.some((gap) => gap.source === 'projects')).toBe(false);
  });

  it('ignores archived projects and blank write-ups', () => {
    const skill = skillOf({
      projects: [
        project('p1', { skills: ['f1'], archivedAt: '2026-01-01', status: 'shipped' }),
        project('p2', { skills: ['f1'], designDecisions: '   ' }),
      ],
    });
    expect(pointsFrom(skill, 'projects')).toBe(10);
  });

  it('gives 2 points a milestone up to 5, only for done milestones on projects using the skill', () => {
    const projects = [project('p1', { skills: ['f1'] }), project('p2', { skills: ['rag'] })];
    const three = skillOf({ projects, milestones: [...milestones('p1', 4, 3), ...milestones('p2', 2, 2)] });
    expect(pointsFrom(three, 'milestones')).toBe(6);
    expect(three.gaps.find((gap) => gap.source === 'milestones')?.action).toBe(
      'Meet 2 more milestones on a project that uses Skill f1',
    );
    const seven = skillOf({ projects, milestones: milestones('p1', 7, 7) });
    expect(pointsFrom(seven, 'milestones')).toBe(10);
    expect(seven.points.find((point) => point.source === 'milestones')?.refs).toHaveLength(5);
  });

  it('scores metrics, dataset size, a real baseline and three runs on one project', () => {
    const projects = [project('p1', { skills: ['f1'] }), project('p2', { skills: ['f1'] })];
    const partial = skillOf({
      projects,
      evalRuns: [
        run('r1', 'p1', { baselineRunId: 'r1' }),
        run('r2', 'p1', { baselineRunId: 'gone', context: { datasetSize: 0 } }),
        run('r3', 'p2'),
      ],
      metrics: [metric('m1', 'orphan-run', 'p1', 'faithfulness', 0.8)],
    });
    expect(pointsFrom(partial, 'eval-runs')).toBe(0);
    expect(partial.gaps.filter((gap) => gap.source === 'eval-runs').map((gap) => gap.action)).toEqual([
      'Log an eval run with its metrics on a project that uses Skill f1',
      'Log the dataset size with your runs: a number without it cannot be trusted',
      'Log a baseline run first, then set it as the baseline of the run that changes something',
      'Log 1 more run on “Project p1” to show a trend',
    ]);

    const full = skillOf({
      projects,
      evalRuns: [
        run('r1', 'p1'),
        run('r2', 'p1', { baselineRunId: 'r1', context: { datasetSize: 100 } }),
        run('r3', 'p1'),
      ],
      metrics: [metric('m1', 'r2', 'p1', 'faithfulness', 0.8)],
    });
    expect(pointsFrom(full, 'eval-runs')).toBe(25);
  });
});

/** Every point for one skill: its lessons, both questions, a shipped project with a repository, write-up, milestones and measured runs. */
function fullEvidence(
  skillId: string,
  lessonIds: string[],
  change: (project: Project) => Project = (p) => p,
) {
  const p1 = change(
    project('p1', {
      skills: [skillId],
      status: 'shipped',
      links: [githubLink('x')],
      designDecisions: 'Why.',
    }),
  );
  return {
    progress: lessonIds.map(done),
    selfChecks: [selfCheck(skillId, `${skillId}-q1`, 5), selfCheck(skillId, `${skillId}-q2`, 5)],
    projects: [p1],
    milestones: milestones('p1', 5, 5),
    evalRuns: [
      run('r1', 'p1', { context: { datasetSize: 10 } }),
      run('r2', 'p1', { baselineRunId: 'r1' }),
      run('r3', 'p1'),
    ],
    metrics: [metric('m1', 'r2', 'p1', 'mrr', 0.5)],
  };
}

const flagIds = (skill: SkillScore) => skill.flags.map((flag) => flag.id);

describe('red flags', () => {
  it('not-built: learned but never built caps at 40, and a project lifts it', () => {
    const learned = skillOf({ progress: [done('l1'), done('l2'), done('l3'), done('l4')] });
    expect(flagIds(learned)).toEqual(['not-built', 'no-repository']);
    expect(learned.flags[0]?.message).toBe('Learned but never built: Skill f1 has no project');
    expect(learned.flags[0]?.cap).toBe(40);
    expect(learned.score).toBe(30);
    expect(flagIds(skillOf({}))).toEqual(['no-repository']);
    const built = skillOf({ progress: [done('l1')], projects: [project('p1', { skills: ['f1'] })] });
    expect(flagIds(built)).toEqual(['no-repository']);
  });

  it('no-eval-numbers holds infrastructure and advanced skills at 60 until a project has a metric', () => {
    const measured = fullEvidence('rag', ['l2', 'l5']);
    expect(skillOf(measured, 'rag')).toMatchObject({ raw: 100, score: 100, flags: [] });
    const unmeasured = skillOf({ ...measured, metrics: [] }, 'rag');
    expect(unmeasured).toMatchObject({ raw: 90, score: 60 });
    expect(flagIds(unmeasured)).toEqual(['no-eval-numbers']);
    expect(unmeasured.flags[0]?.fix).toBe(
      'Log an eval run with its metrics on a project that uses Skill rag',
    );
    const foundation = skillOf({ ...fullEvidence('f1', ['l1', 'l2', 'l3', 'l4']), metrics: [] });
    expect(foundation).toMatchObject({ raw: 90, score: 90, flags: [] });
  });

  it('no-repository holds at 75 until a project links a repository', () => {
    const noRepo = (p: Project): Project => ({
      ...p,
      links: [{ label: 'Slides', url: 'https://example.com' }],
    });
    const notebook = skillOf(fullEvidence('f1', ['l1', 'l2', 'l3', 'l4'], noRepo));
    expect(notebook).toMatchObject({ raw: 95, score: 75 });
    expect(notebook.flags[0]?.message).toMatch(/only notebooks or no repository/i);
    const byLabel = (p: Project): Project => ({
      ...p,
      links: [{ label: 'Source repo', url: 'https://example.com' }],
    });
    expect(skillOf(fullEvidence('f1', ['l1', 'l2', 'l3', 'l4'], byLabel)).score).toBe(100);
    const gitlab = (p: Project): Project => ({
      ...p,
      links: [{ label: 'Code', url: 'https://www.gitlab.com/a/b' }],
    });
    expect(skillOf(fullEvidence('f1', ['l1', 'l2', 'l3', 'l4'], gitlab)).score).toBe(100);
  });

  it('fine-tuning-without-baseline holds fine-tuning at 50 until a run has a real baseline', () => {
    const evidence = fullEvidence('fine-tuning', ['l7']);
    const noBaseline = {
      ...evidence,
      evalRuns: evidence.evalRuns.map(({ baselineRunId: _, ...rest }) => rest),
    };
    const capped = skillOf(noBaseline, 'fine-tuning');
    expect(capped).toMatchObject({ raw: 95, score: 50 });
    expect(flagIds(capped)).toEqual(['fine-tuning-without-baseline']);
    expect(skillOf(evidence, 'fine-tuning')).toMatchObject({ score: 100, flags: [] });
    // Other skills never carry it.
    expect(
      flagIds(skillOf({ ...noBaseline, projects: [project('p1', { skills: ['rag'] })] }, 'rag')),
    ).not.toContain('fine-tuning-without-baseline');
  });

  it('nothing-deployed holds deployment at 50 until a project is shipped or links a live demo', () => {
    const building = (p: Project): Project => ({ ...p, status: 'building' });
    const capped = skillOf(fullEvidence('deployment', ['l6'], building), 'deployment');
    expect(capped).toMatchObject({ raw: 95, score: 50 });
    expect(flagIds(capped)).toEqual(['nothing-deployed']);
    const demo = (p: Project): Project => ({
      ...p,
      status: 'building',
      links: [...p.links, { label: 'Live app', url: 'https://x.example.com' }],
    });
    expect(skillOf(fullEvidence('deployment', ['l6'], demo), 'deployment')).toMatchObject({
      score: 95,
      flags: [],
    });
    expect(skillOf(fullEvidence('deployment', ['l6']), 'deployment').score).toBe(100);
  });

  it('the lowest cap wins when several flags hold', () => {
    const bare = (p: Project): Project => ({ ...p, status: 'building', links: [] });
    const skill = skillOf({ ...fullEvidence('deployment', ['l6'], bare), metrics: [] }, 'deployment');
    expect(flagIds(skill)).toEqual(['no-eval-numbers', 'no-repository', 'nothing-deployed']);
    expect(skill).toMatchObject({ raw: 80, score: 50 });
  });
});
