// Red flags from the seeds: each caps a skill's score while its condition holds, and only evidence lifts it.
import type { Skill } from '../content/schema';
import type { ProjectEvidence } from './project-aggregates';
import type { RedFlag, RedFlagId } from './types';

export const flagCaps: Readonly<Record<RedFlagId, number>> = {
  'not-built': 40,
  'no-eval-numbers': 60,
  'no-repository': 75,
  'fine-tuning-without-baseline': 50,
  'nothing-deployed': 50,
};

/**
 * Every condition except not-built reads "no project using the skill has X": adding a project or a row can only
 * make it false, so adding evidence never raises a cap. not-built can start to hold when the first lesson is done,
 * but without a project the raw score is at most 40 (lessons and self-check), so that cap never lowers a score.
 */
export function redFlags(skill: Skill, users: ProjectEvidence[], raw: number): RedFlag[] {
  const flags: RedFlag[] = [];
  const flag = (id: RedFlagId, message: string, fix: string) =>
    flags.push({ id, skillId: skill.id, cap: flagCaps[id], message, fix });

  if (users.length === 0 && raw > 0) {
    flag(
      'not-built',
      `Learned but never built: ${skill.title} has no project`,
      `Start a project that uses ${skill.title} and tag it with the skill`,
    );
  }
  const layered = skill.layer === 'infrastructure' || skill.layer === 'advanced';
  if (layered && !users.some((evidence) => evidence.metrics.length > 0)) {
    flag(
      'no-eval-numbers',
      `No evaluation numbers: no project using ${skill.title} has a measured result`,
      `Log an eval run with its metrics on a project that uses ${skill.title}`,
    );
  }
  if (!users.some((evidence) => evidence.hasRepository)) {
    flag(
      'no-repository',
      `Only notebooks or no repository: no project using ${skill.title} links to its code`,
      `Add a repository link (GitHub, GitLab, Bitbucket or Codeberg) to a project that uses ${skill.title}`,
    );
  }
  if (skill.id === 'fine-tuning' && !users.some((evidence) => evidence.runsWithBaseline > 0)) {
    flag(
      'fine-tuning-without-baseline',
      'Fine-tuning with no baseline: no run shows what the model did before training',
      'Log the base model as a run, then set it as the baseline of the tuned run',
    );
  }
  if (skill.id === 'deployment' && !users.some((evidence) => evidence.shipped || evidence.hasDemoLink)) {
    flag(
      'nothing-deployed',
      'Nothing deployed: no project using it is shipped or links to a live demo',
      'Ship a project that uses it, or add a link labelled “Demo” or “Live app”',
    );
  }
  return flags;
}
