// What one project's skills show, for a reader of that project (a mentor's review card): each tagged skill's points
// by tier and its first gap, and the project's own warnings. The same tiers and gaps as the readiness page.
import type { Curriculum } from '../content/schema';
import type { Project } from '../domain/projects';
import { primarySkillsOf } from './project-aggregates';
import type { EvidenceTier, Gap, ProjectWarning, Readiness, SkillScore } from './types';

export interface ProjectSkillEvidence {
  skillId: string;
  title: string;
  primary: boolean;
  score: number;
  tiers: Record<EvidenceTier, number>;
  /** The first gap a reader can check (not claimed evidence), else the first one; null when nothing is missing. */
  gap: Gap | null;
}

/** The first thing missing that evidence, not more clicking, would fix. */
export function firstGap(skill: SkillScore): Gap | null {
  return skill.gaps.find((gap) => gap.tier !== 'claimed') ?? skill.gaps[0] ?? null;
}

export function projectSkillEvidence(
  curriculum: Curriculum,
  readiness: Readiness,
  project: Project,
): { skills: ProjectSkillEvidence[]; warnings: ProjectWarning[] } {
  const primary = new Set(primarySkillsOf(project));
  const tagged = new Set([...primary, ...project.skills]);
  const skills: ProjectSkillEvidence[] = [];
  for (const skill of readiness.skills) {
    if (!tagged.has(skill.skillId)) continue;
    skills.push({
      skillId: skill.skillId,
      title: curriculum.skills.find((s) => s.id === skill.skillId)?.title ?? skill.skillId,
      primary: primary.has(skill.skillId),
      score: skill.score,
      tiers: skill.tiers,
      gap: firstGap(skill),
    });
  }
  return { skills, warnings: readiness.projectWarnings.filter((w) => w.projectId === project.id) };
}
