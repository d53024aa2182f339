// Whether a run counts as measured evidence for a skill, and whether its baseline is a fair comparison: pure checks
// driven by the evidence rules (relevant catalog metrics, minimum dataset size, plausible ranges).
import type { EvalRun, Metric } from '../domain/eval-runs';
import { type MetricDefinition, metricCatalog } from '../metrics/catalog';
import type { EvidenceRules, SkillEvidenceRule } from './evidence-rules';

/** The context a reader needs to reproduce a number, in the words the gaps use. */
const contextFields = [
  ['model', 'model'],
  ['datasetName', 'dataset name'],
  ['datasetSplit', 'split'],
  ['commitOrUrl', 'commit or URL'],
] as const;

const definitions = new Map<string, MetricDefinition>(metricCatalog.map((metric) => [metric.key, metric]));
const findMetric = (key: string) => definitions.get(key);

/**
 * Facts that do not depend on the skill, computed once: a readiness pass checks each run for every skill its
 * project is tagged with. The context gaps are keyed by the run's context object; the duplicate key and print
 * by the run's metric list, which the aggregation builds afresh for every computation.
 */
const missingByContext = new WeakMap<EvalRun['context'], string[]>();
const duplicateByMetrics = new WeakMap<readonly Metric[], string>();
const printByMetrics = new WeakMap<readonly Metric[], string>();

export function missingContext(run: EvalRun): string[] {
  const known = missingByContext.get(run.context);
  if (known) return known;
  const missing = contextGaps(run);
  missingByContext.set(run.context, missing);
  return missing;
}

/** Whether missingContext(run) is empty, without its words. */
export function contextComplete(run: EvalRun): boolean {
  for (const [field] of contextFields) {
    const value = run.context[field];
    if (typeof value !== 'string' || value.trim() === '') return false;
  }
  return true;
}

function contextGaps(run: EvalRun): string[] {
  const missing: string[] = [];
  for (const [field, words] of contextFields) {
    const value = run.context[field];
    if (typeof value !== 'string' || value.trim() === '') missing.push(words);
  }
  return missing;
}

/** The same metric series: key and k. */
export const seriesKey = (metric: Pick<Metric, 'key' | 'k'>) => `${metric.key}@${metric.k ?? ''}`;

function plausible(metric: Metric, rules: EvidenceRules): boolean {
  if (!Number.isFinite(metric.value)) return false;
  const definition = findMetric(metric.key);
  if (!definition || metric.value < definition.min || metric.value > definition.max) return false;
  if (definition.needsK && metric.k === undefined) return false;
  const range = rules.plausible[metric.key];
  return !range || (metric.value >= range.min && metric.value <= range.max);
}

export interface RunCheck {
  qualifies: boolean;
  /** Relevant, plausible metric values of the run (empty when it does not qualify). */
  series: Metric[];
  /** Why it does not qualify, in words; empty when it does. */
  problems: string[];
}

/**
 * How many examples a value was measured on: the sample count an eval tool wrote beside it, which is what
 * was actually scored, or else the dataset size the person gave for the run.
 */
export function examplesBehind(run: EvalRun, metric: Metric): number {
  const size = metric.sampleCount ?? run.context.datasetSize;
  return typeof size === 'number' && Number.isFinite(size) ? size : 0;
}

/** The run's relevant, plausible values when it qualifies (dataset at or above the minimum, full context); else null. */
export function qualifyingSeries(
  run: EvalRun,
  metrics: readonly Metric[],
  rule: SkillEvidenceRule,
  rules: EvidenceRules,
): Metric[] | null {
  if (missingContext(run).length > 0) return null;
  return seriesOf(run, metrics, rule, rules);
}

/** qualifyingSeries for a run whose context is known to be complete. */
export function seriesOf(
  run: EvalRun,
  metrics: readonly Metric[],
  rule: SkillEvidenceRule,
  rules: EvidenceRules,
): Metric[] | null {
  let series: Metric[] | null = null;
  for (const metric of metrics) {
    if (!rule.metrics.includes(metric.key) || !plausible(metric, rules)) continue;
    if (examplesBehind(run, metric) < rule.minDatasetSize) continue;
    if (series) series.push(metric);
    else series = [metric];
  }
  return series;
}

/** A relevant catalog metric with a plausible value, a dataset at or above the minimum, and complete context. */
export function checkQualifyingRun(
  run: EvalRun,
  metrics: readonly Metric[],
  rule: SkillEvidenceRule,
  rules: EvidenceRules,
): RunCheck {
  const series = qualifyingSeries(run, metrics, rule, rules);
  if (series) return { qualifies: true, series, problems: [] };
  const relevant = metrics.filter((metric) => rule.metrics.includes(metric.key));
  const problems: string[] = [];
  if (relevant.length === 0) problems.push('no relevant metric');
  else if (!relevant.some((metric) => plausible(metric, rules))) problems.push('no plausible value');
  const examples =
    relevant.length > 0
      ? relevant.map((metric) => examplesBehind(run, metric))
      : [run.context.datasetSize ?? 0];
  if (!examples.some((count) => count >= rule.minDatasetSize))
    problems.push(`fewer than ${rule.minDatasetSize} examples`);
  const missing = missingContext(run);
  if (missing.length > 0) problems.push(`no ${missing.join(', ')}`);
  return { qualifies: false, series: [], problems };
}

/** Runs that repeat the same commit, model, prompt version and values are one run (`metrics`: all of the run's). */
export function duplicateKey(run: EvalRun, metrics: readonly Metric[]): string {
  const known = duplicateByMetrics.get(metrics);
  if (known !== undefined) return known;
  const key = duplicateKeyOf(run, metrics);
  duplicateByMetrics.set(metrics, key);
  return key;
}

/**
 * A cheap stand-in for the duplicate key: runs with the same key always share it (same setup, the same number of
 * values, the same smallest and largest value), so the full key is built only where two prints meet.
 */
export function duplicatePrint(run: EvalRun, metrics: readonly Metric[]): string {
  const known = printByMetrics.get(metrics);
  if (known !== undefined) return known;
  const print = duplicatePrintOf(run, metrics);
  if (metrics.length > 0) printByMetrics.set(metrics, print);
  return print;
}

/** The print, uncached. */
export function duplicatePrintOf(run: EvalRun, metrics: readonly Metric[]): string {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const metric of metrics) {
    if (metric.value < min) min = metric.value;
    if (metric.value > max) max = metric.value;
  }
  const { commitOrUrl, model, promptVersion } = run.context;
  return `${run.projectId}|${commitOrUrl ?? ''}|${model ?? ''}|${promptVersion ?? ''}|${metrics.length}|${min}|${max}`;
}

/** The duplicate key, uncached. */
export function duplicateKeyOf(run: EvalRun, metrics: readonly Metric[]): string {
  const values = metrics.map((metric) => `${seriesKey(metric)}=${metric.value}`).sort();
  const { commitOrUrl, model, promptVersion } = run.context;
  return JSON.stringify([run.projectId, commitOrUrl ?? '', model ?? '', promptVersion ?? '', values]);
}

/** Same series key and k, as seriesKey compares them (k by its words, so no string is built per pair). */
const sameSeries = (a: Metric, b: Metric) =>
  a.key === b.key && (a.k === b.k || String(a.k ?? '') === String(b.k ?? ''));

/** The value of the last metric in the same series, as a map from seriesKey to value would hold it. */
function lastValueOfSeries(metrics: readonly Metric[], metric: Metric): number | undefined {
  for (let index = metrics.length - 1; index >= 0; index -= 1) {
    const candidate = metrics[index] as Metric;
    if (sameSeries(candidate, metric)) return candidate.value;
  }
  return undefined;
}

/** A value's words in the duplicate key: for the finite values a run's metric list holds, `===` decides. */
const sameEntry = (a: Metric, b: Metric) =>
  a.key === b.key &&
  (a.k === b.k || String(a.k ?? '') === String(b.k ?? '')) &&
  (a.value === b.value || String(a.value) === String(b.value));

/** Up to this many values, sameCopy compares them pairwise; beyond it, by the keys. */
const pairwiseValues = 16;

/**
 * Whether duplicateKeyOf gives both runs the same key, without building it for short lists: the same project,
 * commit, model and prompt version, and the same values (each key, k and value as often in one as in the other).
 */
export function sameCopy(
  a: EvalRun,
  aMetrics: readonly Metric[],
  b: EvalRun,
  bMetrics: readonly Metric[],
): boolean {
  if (a.projectId !== b.projectId || aMetrics.length !== bMetrics.length) return false;
  const x = a.context;
  const y = b.context;
  if (
    (x.commitOrUrl ?? '') !== (y.commitOrUrl ?? '') ||
    (x.model ?? '') !== (y.model ?? '') ||
    (x.promptVersion ?? '') !== (y.promptVersion ?? '')
  )
    return false;
  if (aMetrics.length > pairwiseValues) return duplicateKeyOf(a, aMetrics) === duplicateKeyOf(b, bMetrics);
  for (const entry of aMetrics) {
    let inA = 0;
    let inB = 0;
    for (const other of aMetrics) if (sameEntry(entry, other)) inA += 1;
    for (const other of bMetrics) if (sameEntry(entry, other)) inB += 1;
    if (inA !== inB) return false;
  }
  return true;
}

export type BaselineVerdict = 'none' | 'not-comparable' | 'worse' | 'comparable';

/**
 * A comparable baseline: on the same project, the same dataset name and size, at least one shared metric series
 * (key and k), dated no later than the run, not a copy of it; for fine-tuning its model differs. The pair is
 * "worse" when the run is worse than the baseline on every shared series.
 */
export function compareWithBaseline(
  run: EvalRun,
  series: readonly Metric[],
  baseline: EvalRun | undefined,
  baselineMetrics: readonly Metric[],
  rule: SkillEvidenceRule,
): BaselineVerdict {
  if (!baseline) return 'none';
  if (baseline.id === run.id || baseline.projectId !== run.projectId) return 'not-comparable';
  const a = run.context;
  const b = baseline.context;
  if (!a.datasetName || a.datasetName !== b.datasetName || a.datasetSize !== b.datasetSize)
    return 'not-comparable';
  if (baseline.ranOn > run.ranOn) return 'not-comparable';
  if (rule.baselineModelDiffers && (!a.model || !b.model || a.model === b.model)) return 'not-comparable';
  let shared = 0;
  let better = 0;
  let equal = 0;
  for (const metric of series) {
    const old = lastValueOfSeries(baselineMetrics, metric);
    if (old === undefined || !Number.isFinite(old)) continue;
    shared += 1;
    if (metric.value === old) equal += 1;
    const higher = (findMetric(metric.key)?.direction ?? 'higher') === 'higher';
    if (higher ? metric.value >= old : metric.value <= old) better += 1;
  }
  // A copy of the run (same commit, model, prompt version and values) compares nothing.
  const sameSetup =
    a.commitOrUrl === b.commitOrUrl && a.model === b.model && a.promptVersion === b.promptVersion;
  if (sameSetup && shared > 0 && equal === shared) return 'not-comparable';
  if (shared === 0) return 'not-comparable';
  return better === 0 ? 'worse' : 'comparable';
}
