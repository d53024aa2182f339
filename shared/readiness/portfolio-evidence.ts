// Shown and measured evidence from the portfolio: repository, live deployment and write-up (35), a qualifying run,
// a comparable baseline and milestone targets met by a run (50). A tagged, non-primary skill earns a third.
import type { Skill } from '../content/schema';
import { findMetric } from '../metrics/catalog';
import { type PartResult, sharePart } from './evidence-part';
import type { SkillEvidenceRule } from './evidence-rules';
import type { ProjectEvidence } from './project-aggregates';
import type { SkillUse } from './skill-uses';
import { nameList, plural } from './wording';

export const shownMax = { repository: 15, live: 12, writeUp: 8 } as const;
export const measuredMax = { qualifying: 25, baseline: 20, targets: 5 } as const;

/** What each shown and measured part asks of one use, in the order the parts are scored. */
export const shownTests = {
  repository: (use: SkillUse) => use.evidence.linkKinds.has('repository'),
  live: (use: SkillUse) => use.evidence.linkKinds.has('live'),
  writeUp: (use: SkillUse) => use.evidence.hasWriteUp,
} as const;
export const measuredTests = {
  qualifying: (use: SkillUse) => use.measured.qualifying.length > 0,
  baseline: (use: SkillUse) => use.measured.baselined.length > 0,
  targets: (use: SkillUse) => use.targets.met.length > 0,
} as const;

/** The shown then measured parts as (max, test), in the order shownParts and measuredParts return them. */
export const portfolioPartTests: readonly { max: number; has: (use: SkillUse) => boolean }[] = [
  { max: shownMax.repository, has: shownTests.repository },
  { max: shownMax.live, has: shownTests.live },
  { max: shownMax.writeUp, has: shownTests.writeUp },
  { max: measuredMax.qualifying, has: measuredTests.qualifying },
  { max: measuredMax.baseline, has: measuredTests.baseline },
  { max: measuredMax.targets, has: measuredTests.targets },
];

/** The best share any use earns for a property (the share `best` gives), without naming the projects. */
export function bestShare(uses: readonly SkillUse[], has: (use: SkillUse) => boolean): number {
  let share = 0;
  for (const use of uses) if (has(use)) share = Math.max(share, use.factor);
  return share;
}

/** The best share any use earns for a property, and the projects that earn it. */
function best(uses: SkillUse[], has: (use: SkillUse) => boolean) {
  let share = 0;
  const earning: ProjectEvidence[] = [];
  for (const use of uses) {
    if (!has(use)) continue;
    earning.push(use.evidence);
    share = Math.max(share, use.factor);
  }
  const primaryOnly = share < 1 && earning.length > 0 ? ' (tagged, not primary: a third)' : '';
  return {
    share,
    names: nameList(earning.map((e) => e.project.title)) + primaryOnly,
    refs: earning.map((e) => e.project.id),
  };
}

export function metricWords(rule: SkillEvidenceRule | undefined, count = 2): string {
  if (!rule) return 'a relevant metric';
  const labels = rule.metrics.slice(0, count).map((key) => findMetric(key)?.label ?? key);
  return labels.join(' or ');
}

export function shownParts(skill: Skill, uses: SkillUse[]): PartResult[] {
  const repo = best(uses, shownTests.repository);
  const live = best(uses, shownTests.live);
  const written = best(uses, shownTests.writeUp);
  const shown = { tier: 'shown', source: 'projects' } as const;
  return [
    sharePart({ ...shown, max: shownMax.repository }, repo.share, `Repository on ${repo.names}`, repo.refs, {
      missing: `No repository link on a project with ${skill.title} as a skill`,
      action: `Add a link of kind Repository (GitHub, GitLab, Bitbucket or Codeberg) to a project that uses ${skill.title}`,
    }),
    sharePart({ ...shown, max: shownMax.live }, live.share, `Live deployment of ${live.names}`, live.refs, {
      missing: `No live deployment linked on a project with ${skill.title} as a skill`,
      action: `Add a link of kind Live deployment to a project that uses ${skill.title}`,
    }),
    sharePart(
      { ...shown, max: shownMax.writeUp },
      written.share,
      `Write-up or postmortem for ${written.names}`,
      written.refs,
      {
        missing: `No design decisions, postmortem or write-up on a project with ${skill.title} as a skill`,
        action: `Write the design decisions or a postmortem for a project that uses ${skill.title}`,
      },
    ),
  ];
}

/**
 * Where the numbers came from: a run imported from an eval tool's file keeps that file's hash, so a mentor
 * can trace it; a typed run is measured too, but typed by hand.
 */
function provenance(imported: number, typed: number): string {
  if (imported + typed === 0) return '';
  if (typed === 0) return ', measured (imported from an eval tool’s file, its hash kept)';
  if (imported === 0) return ', measured, typed by hand';
  return `, measured (${imported} imported from an eval tool’s file, ${typed} typed by hand)`;
}

export function measuredParts(
  skill: Skill,
  uses: SkillUse[],
  rule: SkillEvidenceRule | undefined,
): PartResult[] {
  const qualifying = best(uses, measuredTests.qualifying);
  const baselined = best(uses, measuredTests.baseline);
  const targets = best(uses, measuredTests.targets);
  const runs = uses.reduce((sum, use) => sum + use.measured.qualifying.length, 0);
  const imported = uses.reduce(
    (sum, use) => sum + use.measured.qualifying.filter((run) => run.source?.sha256 !== undefined).length,
    0,
  );
  const nearMiss = uses.find((use) => use.measured.nearMiss.length > 0)?.measured.nearMiss ?? [];
  const why = nearMiss.length > 0 ? ` (closest run: ${nearMiss.join('; ')})` : '';
  const size = rule?.minDatasetSize ?? 1;
  const measured = { tier: 'measured', source: 'eval-runs' } as const;
  return [
    sharePart(
      { ...measured, max: measuredMax.qualifying },
      qualifying.share,
      `${runs} qualifying ${plural(runs, 'run')} on ${qualifying.names}${provenance(imported, runs - imported)}`,
      qualifying.refs,
      {
        missing: `No qualifying evaluation run for ${skill.title}${why}`,
        action: `Log a run with ${metricWords(rule)} on at least ${size} examples, with its model, dataset, split and commit`,
      },
    ),
    sharePart(
      { ...measured, max: measuredMax.baseline },
      baselined.share,
      `Compared with a comparable baseline on ${baselined.names}`,
      baselined.refs,
      {
        missing: `No qualifying run for ${skill.title} is compared with a comparable baseline`,
        action: `Log a baseline on the same dataset and size with the same metric, then the run that changes one thing against it${rule?.baselineModelDiffers ? ' (the base model as the baseline)' : ''}`,
      },
    ),
    sharePart(
      { ...measured, max: measuredMax.targets },
      targets.share,
      `A milestone's metric target met by a run on ${targets.names}`,
      targets.refs,
      {
        missing: `No milestone metric target met by a run on a project using ${skill.title}`,
        action: 'Log a run that meets the metric target of one of the project’s milestones',
      },
    ),
  ];
}
