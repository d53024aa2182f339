// A project's skills by evidence tier with their first gap: what a mentor's review card shows.
import { describe, expect, it } from 'vitest';
import { minimalReady } from '../../tests/fixtures/personas/hiring-personas';
import { computeReadiness } from './compute-readiness';
import { projectSkillEvidence } from './project-skill-evidence';

describe('projectSkillEvidence', () => {
  it('lists each skill the project tags with the same tiers as the readiness page, and its first gap', () => {
    const input = minimalReady();
    const readiness = computeReadiness(input);
    const project = input.projects[0];
    if (!project) throw new Error('minimalReady has a project');
    const { skills } = projectSkillEvidence(input.curriculum, readiness, project);
    expect(skills.map((s) => s.skillId)).toEqual(
      readiness.skills.map((s) => s.skillId).filter((id) => project.skills.includes(id)),
    );
    const rag = skills.find((s) => s.skillId === 'rag');
    const page = readiness.skills.find((s) => s.skillId === 'rag');
    expect(rag?.tiers).toEqual(page?.tiers);
    expect(rag?.score).toBe(page?.score);
    expect(rag?.primary).toBe(true);
    // The first gap is one evidence would fix, not more lessons.
    expect(rag?.gap?.tier).not.toBe('claimed');
  });

  it('leaves out skills the project does not tag', () => {
    const input = minimalReady();
    const project = input.projects[0];
    if (!project) throw new Error('minimalReady has a project');
    const { skills } = projectSkillEvidence(input.curriculum, computeReadiness(input), {
      ...project,
      skills: ['rag'],
      primarySkills: ['rag'],
    });
    expect(skills.map((s) => s.skillId)).toEqual(['rag']);
  });
});
