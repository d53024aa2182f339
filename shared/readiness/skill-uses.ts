// For one skill, each project that tags it: full or a third of the credit, and what its runs measure for the skill.
import type { Curriculum, Skill } from '../content/schema';
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { EvidenceRules, SkillEvidenceRule } from './evidence-rules';
import type { PortfolioEvidence, ProjectEvidence } from './project-aggregates';
import {
  checkQualifyingRun,
  compareWithBaseline,
  duplicateKey,
  duplicatePrint,
  missingContext,
  qualifyingSeries,
} from './qualifying-runs';

/** Skills tagged beyond the primary ones earn at most this share of each part. */
export const secondaryShare = 1 / 3;

export interface MeasuredFacts {
  /** Qualifying runs, one per duplicate group. */
  qualifying: EvalRun[];
  /** Qualifying runs with a comparable baseline they are not worse than. */
  baselined: EvalRun[];
  /** Pairs where the run is worse than its comparable baseline on every shared series: a warning only. */
  worse: { run: EvalRun; baseline: EvalRun }[];
  /** Why the closest run did not qualify ("fewer than 50 examples"), for the gap. */
  nearMiss: string[];
}

export interface SkillUse {
  evidence: ProjectEvidence;
  primary: boolean;
  /** 1 for a primary skill, a third for one only tagged. */
  factor: number;
  measured: MeasuredFacts;
  targets: TargetFacts;
}

export interface TargetFacts {
  /** Done or not, milestones whose criterion names a metric target a run on the project meets. */
  met: string[];
  /** Milestones ticked by hand: done, and their criterion names no metric target. */
  ticked: string[];
}

export const noMeasurement: MeasuredFacts = { qualifying: [], baselined: [], worse: [], nearMiss: [] };

export function measuredFacts(
  evidence: ProjectEvidence,
  rule: SkillEvidenceRule | undefined,
  rules: EvidenceRules,
): MeasuredFacts {
  if (!rule) return noMeasurement;
  // Copies of one run count once; the group is baselined when any copy is, so adding a copy never removes credit.
  const groups: DuplicateGroup[] = [];
  const byPrint = new Map<string, DuplicateGroup[]>();
  const worse: MeasuredFacts['worse'] = [];
  const failed: EvalRun[] = [];
  for (const run of evidence.runs) {
    const metrics = evidence.metricsByRun.get(run.id) ?? [];
    const series = qualifyingSeries(run, metrics, rule, rules);
    if (!series) {
      failed.push(run);
      continue;
    }
    const group = groupOf(run, metrics, groups, byPrint);
    const baseline = run.baselineRunId === undefined ? undefined : evidence.runById.get(run.baselineRunId);
    const baselineMetrics = baseline ? (evidence.metricsByRun.get(baseline.id) ?? []) : [];
    const verdict = compareWithBaseline(run, series, baseline, baselineMetrics, rule);
    if (verdict === 'comparable' && !group.baselined) group.baselined = run;
    if (verdict === 'worse' && baseline) worse.push({ run, baseline });
  }
  const qualifying: EvalRun[] = [];
  const baselined: EvalRun[] = [];
  for (const group of groups) {
    qualifying.push(group.run);
    if (group.baselined) baselined.push(group.baselined);
  }
  return {
    qualifying,
    baselined,
    worse,
    nearMiss: qualifying.length > 0 ? [] : closestMiss(failed, evidence, rule, rules),
  };
}

interface DuplicateGroup {
  run: EvalRun;
  metrics: readonly Metric[];
  /** The full duplicate key, built only when another run shares the group's print. */
  key?: string;
  baselined?: EvalRun;
}

/** The group of runs `run` repeats, or a new one; groups keep the order in which their first run came. */
function groupOf(
  run: EvalRun,
  metrics: readonly Metric[],
  groups: DuplicateGroup[],
  byPrint: Map<string, DuplicateGroup[]>,
): DuplicateGroup {
  const print = duplicatePrint(run, metrics);
  const sharing = byPrint.get(print);
  if (!sharing) {
    const group: DuplicateGroup = { run, metrics };
    byPrint.set(print, [group]);
    groups.push(group);
    return group;
  }
  const key = duplicateKey(run, metrics);
  const found = sharing.find((group) => {
    group.key ??= duplicateKey(group.run, group.metrics);
    return group.key === key;
  });
  if (found) return found;
  const group: DuplicateGroup = { run, metrics, key };
  sharing.push(group);
  groups.push(group);
  return group;
}

/** Why the run closest to qualifying did not: the fewest problems, first in input order. Words only when needed. */
function closestMiss(
  failed: EvalRun[],
  evidence: ProjectEvidence,
  rule: SkillEvidenceRule,
  rules: EvidenceRules,
) {
  let best: string[] = [];
  for (const run of failed) {
    const { problems } = checkQualifyingRun(run, evidence.metricsByRun.get(run.id) ?? [], rule, rules);
    if (best.length === 0 || problems.length < best.length) best = problems;
    if (best.length === 1) break;
  }
  return best;
}

/** Criterion id -> its metric target, for month milestones and capstones alike. */
export function metricTargetsOf(curriculum: Curriculum) {
  const targets = new Map<string, { key: string; comparison: 'gte' | 'lte'; target: number }>();
  const criteria = [
    ...curriculum.months.flatMap((month) => month.milestone.acceptanceCriteria),
    ...curriculum.capstones.flatMap((capstone) => capstone.acceptanceCriteria),
  ];
  for (const criterion of criteria) if (criterion.metric) targets.set(criterion.id, criterion.metric);
  return targets;
}

/** A metric target counts only when a run with its context on the project meets it; ticking it is not enough. */
export function targetFacts(
  evidence: ProjectEvidence,
  targets: ReturnType<typeof metricTargetsOf>,
  rules: EvidenceRules,
): TargetFacts {
  const met: string[] = [];
  const ticked: string[] = [];
  for (const milestone of evidence.milestones) {
    const target = milestone.sourceId === undefined ? undefined : targets.get(milestone.sourceId);
    if (!target) {
      if (milestone.doneOn) ticked.push(milestone.id);
      continue;
    }
    const meets = evidence.runs.some((run) => {
      if (missingContext(run).length > 0) return false;
      const range = rules.plausible[target.key];
      return (evidence.metricsByRun.get(run.id) ?? []).some(
        (metric) =>
          metric.key === target.key &&
          (!range || (metric.value >= range.min && metric.value <= range.max)) &&
          (target.comparison === 'gte' ? metric.value >= target.target : metric.value <= target.target),
      );
    });
    if (meets) met.push(milestone.id);
  }
  return { met, ticked };
}

export function skillUses(
  skill: Skill,
  portfolio: PortfolioEvidence,
  rules: EvidenceRules,
  targets: (evidence: ProjectEvidence) => TargetFacts,
): SkillUse[] {
  const rule = rules.skills[skill.id];
  return (portfolio.bySkill.get(skill.id) ?? []).map((evidence) => {
    const primary = evidence.primary.has(skill.id);
    return {
      evidence,
      primary,
      factor: primary ? 1 : secondaryShare,
      measured: measuredFacts(evidence, rule, rules),
      targets: targets(evidence),
    };
  });
}
