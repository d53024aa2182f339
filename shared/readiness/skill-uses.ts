// For one skill, each project that tags it: full or a third of the credit, and what its runs measure for the skill.
import type { Curriculum, Skill } from '../content/schema';
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { EvidenceRules, SkillEvidenceRule } from './evidence-rules';
import type { PortfolioEvidence, ProjectEvidence } from './project-aggregates';
import {
  checkQualifyingRun,
  compareWithBaseline,
  contextComplete,
  duplicateKeyOf,
  duplicatePrintOf,
  missingContext,
  sameCopy,
  seriesOf,
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
  const copies = copiesOf(evidence);
  const groups: DuplicateGroup[] = [];
  // The groups of this call by class: groupAt[class] holds one when groupCall[class] is this call's number.
  const call = ++measuredCalls;
  const worse: MeasuredFacts['worse'] = [];
  let failed: EvalRun[] | undefined;
  const { runs } = evidence;
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index] as EvalRun;
    const metrics = copies.metrics[index] ?? noMetrics;
    let complete = copies.complete[index];
    if (complete === undefined) {
      complete = contextComplete(run);
      copies.complete[index] = complete;
    }
    // qualifyingSeries, with the context checked once per run rather than once per skill.
    const series = complete ? seriesOf(run, metrics, rule, rules) : null;
    if (!series) {
      if (failed) failed.push(run);
      else failed = [run];
      continue;
    }
    const copyClass = classOf(copies, run, index);
    let group = copies.groupCall[copyClass] === call ? copies.groupAt[copyClass] : undefined;
    if (!group) {
      group = { run };
      copies.groupCall[copyClass] = call;
      copies.groupAt[copyClass] = group;
      groups.push(group);
    }
    if (run.baselineRunId === undefined) continue;
    let baseline = copies.baselines[index];
    if (baseline === undefined) {
      baseline = evidence.runById.get(run.baselineRunId) ?? null;
      copies.baselines[index] = baseline;
    }
    if (!baseline) continue;
    const baselineMetrics = evidence.metricsByRun.get(baseline.id) ?? noMetrics;
    const verdict = compareWithBaseline(run, series, baseline, baselineMetrics, rule);
    if (verdict === 'comparable' && !group.baselined) group.baselined = run;
    if (verdict === 'worse') worse.push({ run, baseline });
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
    nearMiss: qualifying.length > 0 || !failed ? [] : closestMiss(failed, evidence, rule, rules),
  };
}

const noMetrics: readonly Metric[] = Object.freeze([]);

interface DuplicateGroup {
  run: EvalRun;
  baselined?: EvalRun;
}

/**
 * Which runs of a project are copies of each other, worked out once per project for all its skills and only for
 * the runs asked about: each classified run gets the class of a classified run with the same duplicate key, or
 * its own index. A project with few runs compares each with one run of every class so far (sameCopy); one with
 * many buckets them by a cheap print and builds the full key only where two prints meet.
 */
interface Copies {
  runs: readonly EvalRun[];
  /** The run's finite metrics, by run index (none: no finite value). */
  metrics: readonly (readonly Metric[] | undefined)[];
  /** Whether the run's context is complete, once asked. */
  complete: (boolean | undefined)[];
  classes: number[];
  keys: (string | undefined)[];
  /** Print -> indices of classified runs with that print, one per class. */
  byPrint: Map<string, number[]>;
  /** For a project with few runs: one classified run per class. */
  firsts: number[];
  /** The run's baseline in the project (null: none), once asked. */
  baselines: (EvalRun | null | undefined)[];
  /** measuredFacts' groups by class, valid for the call whose number groupCall holds. */
  groupCall: number[];
  groupAt: (DuplicateGroup | undefined)[];
}

let measuredCalls = 0;

/** Up to this many runs, a project's copies are found by comparing runs directly. */
const fewRuns = 32;

const copiesByRuns = new WeakMap<readonly EvalRun[], Copies>();

function copiesOf(evidence: ProjectEvidence): Copies {
  let copies = copiesByRuns.get(evidence.runs);
  if (!copies) {
    const count = evidence.runs.length;
    copies = {
      runs: evidence.runs,
      metrics: evidence.runMetrics,
      complete: new Array<boolean | undefined>(count),
      classes: new Array<number>(count).fill(-1),
      keys: new Array<string | undefined>(count),
      byPrint: new Map(),
      firsts: [],
      baselines: new Array<EvalRun | null | undefined>(count),
      groupCall: new Array<number>(count).fill(0),
      groupAt: new Array<DuplicateGroup | undefined>(count),
    };
    copiesByRuns.set(evidence.runs, copies);
  }
  return copies;
}

function classOf(copies: Copies, run: EvalRun, index: number): number {
  const known = copies.classes[index] ?? -1;
  if (known >= 0) return known;
  const metrics = copies.metrics[index] ?? noMetrics;
  if (copies.runs.length <= fewRuns) {
    for (const other of copies.firsts) {
      if (sameCopy(copies.runs[other] as EvalRun, copies.metrics[other] ?? noMetrics, run, metrics)) {
        const found = copies.classes[other] ?? other;
        copies.classes[index] = found;
        return found;
      }
    }
    copies.firsts.push(index);
    copies.classes[index] = index;
    return index;
  }
  const print = duplicatePrintOf(run, metrics);
  const sharing = copies.byPrint.get(print);
  let found = index;
  if (!sharing) copies.byPrint.set(print, [index]);
  else {
    const key = keyAt(copies, index);
    const same = sharing.find((other) => keyAt(copies, other) === key);
    if (same === undefined) sharing.push(index);
    else found = copies.classes[same] ?? index;
  }
  copies.classes[index] = found;
  return found;
}

function keyAt(copies: Copies, index: number): string {
  let key = copies.keys[index];
  if (key === undefined) {
    key = duplicateKeyOf(copies.runs[index] as EvalRun, copies.metrics[index] ?? noMetrics);
    copies.keys[index] = key;
  }
  return key;
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
