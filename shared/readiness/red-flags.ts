// Red flags from the seeds: each caps a skill's score while its condition holds, and only evidence lifts it.
import type { Skill } from '../content/schema';
import type { SkillUse } from './skill-uses';
import type { RedFlag, RedFlagId } from './types';

export const flagCaps: Readonly<Record<RedFlagId, number>> = {
  'not-built': 40,
  'no-eval-numbers': 30,
  'no-repository': 60,
  'only-notebooks': 60,
  'fine-tuning-without-baseline': 50,
  'nothing-deployed': 50,
};

/**
 * Every condition except not-built reads "no project using the skill has X": adding a project or a row can only
 * make it false. only-notebooks replaces no-repository with the same cap, so adding a notebook never lowers a
 * score. not-built can start to hold when the first lesson is done, but without a project the raw score is at
 * most 20 (claimed and confirmed answers), so that cap never lowers a score.
 */
export function redFlags(skill: Skill, uses: SkillUse[], raw: number): RedFlag[] {
  const flags: RedFlag[] = [];
  const flag = (id: RedFlagId, message: string, fix: string) =>
    flags.push({ id, skillId: skill.id, cap: flagCaps[id], message, fix });
  const any = (has: (use: SkillUse) => boolean) => uses.some(has);

  if (uses.length === 0 && raw > 0) {
    flag(
      'not-built',
      `Learned but never built: ${skill.title} has no project`,
      `Start a project with ${skill.title} as a primary skill`,
    );
  }
  if (!any((use) => use.measured.qualifying.length > 0)) {
    flag(
      'no-eval-numbers',
      `No evaluation numbers that count: no project using ${skill.title} has a qualifying run`,
      'Log a run with a relevant metric, enough examples and its full context',
    );
  }
  if (!any((use) => use.evidence.linkKinds.has('repository'))) {
    const notebooks = any((use) => use.evidence.linkKinds.has('notebook'));
    flag(
      notebooks ? 'only-notebooks' : 'no-repository',
      notebooks
        ? `Only notebooks: the only code linked for ${skill.title} is in notebooks`
        : `No repository: no project using ${skill.title} links to its code`,
      'Add a link of kind Repository on a code host (GitHub, GitLab, Bitbucket or Codeberg)',
    );
  }
  if (skill.id === 'fine-tuning' && !any((use) => use.measured.baselined.length > 0)) {
    flag(
      'fine-tuning-without-baseline',
      'Fine-tuning with no baseline: no run shows what the base model did before training',
      'Log the base model as a run on the same dataset, then set it as the baseline of the tuned run',
    );
  }
  if (
    skill.id === 'deployment' &&
    !any((use) => use.evidence.shipped || use.evidence.linkKinds.has('live'))
  ) {
    flag(
      'nothing-deployed',
      'Nothing deployed: no project using it is shipped or links to a live deployment',
      'Add a link of kind Live deployment, or mark a project shipped',
    );
  }
  return flags;
}
