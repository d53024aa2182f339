// Statistics over evaluation runs: latest and best per series, change from a baseline, runs side by side.
import { metricCatalog } from '../metrics/catalog';
import { describeSeries, seriesId } from '../metrics/validate-metric';
import type { ComparisonRow, EvalRun, Metric, MetricDelta, MetricSummary, SeriesKey } from './types';

type Direction = 'higher' | 'lower';

const catalogRank = new Map(metricCatalog.map((definition, index) => [definition.key, index]));

/** Catalog order first, then other keys alphabetically; within a key, k ascending. */
function compareSeries(a: SeriesKey, b: SeriesKey): number {
  const rankA = catalogRank.get(a.key) ?? metricCatalog.length;
  const rankB = catalogRank.get(b.key) ?? metricCatalog.length;
  if (rankA !== rankB) return rankA - rankB;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return (a.k ?? 0) - (b.k ?? 0);
}

const seriesOf = (metric: Metric): SeriesKey =>
  metric.k === undefined ? { key: metric.key } : { key: metric.key, k: metric.k };

/** Label, unit and direction of a series; custom series take theirs from the stored metric row. */
function describeMetric(metric: Metric) {
  return describeSeries(seriesOf(metric), { unit: metric.unit, direction: metric.direction });
}

/** True when `a` is strictly better than `b` for this direction. */
const isBetter = (a: number, b: number, direction: Direction) => (direction === 'higher' ? a > b : a < b);

/** Orders runs by the day they ran, then by when they were recorded. */
function compareRunTime(a: EvalRun, b: EvalRun): number {
  if (a.ranOn !== b.ranOn) return a.ranOn < b.ranOn ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return 0;
}

interface SeriesRows {
  series: SeriesKey;
  rows: { metric: Metric; run: EvalRun }[];
}

function groupBySeries(runs: EvalRun[], metrics: Metric[]): SeriesRows[] {
  const runById = new Map(runs.map((run) => [run.id, run]));
  const groups = new Map<string, SeriesRows>();
  for (const metric of metrics) {
    const run = runById.get(metric.runId);
    if (!run) continue;
    const id = seriesId(metric);
    const group = groups.get(id);
    if (group) group.rows.push({ metric, run });
    else groups.set(id, { series: seriesOf(metric), rows: [{ metric, run }] });
  }
  return [...groups.values()].sort((a, b) => compareSeries(a.series, b.series));
}

function summarizeSeries(
  { series, rows }: SeriesRows,
  first: { metric: Metric; run: EvalRun },
): MetricSummary {
  let latest = first;
  for (const row of rows) if (compareRunTime(row.run, latest.run) > 0) latest = row;
  const { label, unit, direction } = describeMetric(latest.metric);
  let best = first;
  for (const row of rows) {
    const tiedButEarlier = row.metric.value === best.metric.value && compareRunTime(row.run, best.run) < 0;
    if (isBetter(row.metric.value, best.metric.value, direction) || tiedButEarlier) best = row;
  }
  const point = (row: { metric: Metric; run: EvalRun }) => ({
    value: row.metric.value,
    runId: row.run.id,
    ranOn: row.run.ranOn,
  });
  return { ...series, label, unit, direction, count: rows.length, latest: point(latest), best: point(best) };
}

/** One summary per series measured in these runs: how many values, the latest, and the best (ties: earliest run). */
export function summarizeMetrics(runs: EvalRun[], metrics: Metric[]): MetricSummary[] {
  const summaries: MetricSummary[] = [];
  for (const group of groupBySeries(runs, metrics)) {
    const [first] = group.rows;
    if (first) summaries.push(summarizeSeries(group, first));
  }
  return summaries;
}

function metricsOfRun(runId: string, metrics: Metric[]): Map<string, Metric> {
  const byId = new Map<string, Metric>();
  for (const metric of metrics) {
    if (metric.runId !== runId) continue;
    const id = seriesId(metric);
    if (!byId.has(id)) byId.set(id, metric);
  }
  return byId;
}

/** How each series both runs measured moved from the baseline to the run. */
export function baselineDeltas(run: EvalRun, baseline: EvalRun, metrics: Metric[]): MetricDelta[] {
  const before = metricsOfRun(baseline.id, metrics);
  const deltas: MetricDelta[] = [];
  for (const [id, afterMetric] of metricsOfRun(run.id, metrics)) {
    const beforeMetric = before.get(id);
    if (!beforeMetric) continue;
    const { label, unit, direction } = describeMetric(afterMetric);
    const change = afterMetric.value - beforeMetric.value;
    deltas.push({
      ...seriesOf(afterMetric),
      label,
      unit,
      direction,
      before: beforeMetric.value,
      after: afterMetric.value,
      change,
      relativeChange: beforeMetric.value === 0 ? null : change / Math.abs(beforeMetric.value),
      improved: change === 0 ? null : isBetter(afterMetric.value, beforeMetric.value, direction),
    });
  }
  return deltas.sort(compareSeries);
}

const contextRows: { id: string; label: string; read: (run: EvalRun) => string | number | null }[] = [
  { id: 'context.ranOn', label: 'Date', read: (run) => run.ranOn },
  { id: 'context.model', label: 'Model', read: (run) => run.context.model ?? null },
  { id: 'context.promptVersion', label: 'Prompt version', read: (run) => run.context.promptVersion ?? null },
  { id: 'context.datasetName', label: 'Dataset', read: (run) => run.context.datasetName ?? null },
  { id: 'context.datasetSize', label: 'Dataset size', read: (run) => run.context.datasetSize ?? null },
  { id: 'context.datasetSplit', label: 'Split', read: (run) => run.context.datasetSplit ?? null },
  { id: 'context.commitOrUrl', label: 'Commit or URL', read: (run) => run.context.commitOrUrl ?? null },
];

const allSame = (values: (string | number | null)[]) => values.every((value) => value === values[0]);

/** Index of the best value by direction (first one on a tie); null with fewer than two values or when all are equal. */
function bestIndexOf(values: (number | null)[], direction: Direction): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < 2 || allSame(present)) return null;
  let best: number | null = null;
  let bestValue = 0;
  for (const [index, value] of values.entries()) {
    if (value === null) continue;
    if (best === null || isBetter(value, bestValue, direction)) {
      best = index;
      bestValue = value;
    }
  }
  return best;
}

/** Rows for a side-by-side table of runs: context first, then every series any of them measured. */
export function compareRuns(
  runs: EvalRun[],
  metrics: Metric[],
  options: { differencesOnly: boolean },
): ComparisonRow[] {
  const rows: ComparisonRow[] = contextRows.map(({ id, label, read }) => {
    const values = runs.map(read);
    return { id, label, kind: 'context', values, bestIndex: null, same: allSame(values) };
  });
  const perRun = runs.map((run) => metricsOfRun(run.id, metrics));
  for (const { series, rows: seriesRows } of groupBySeries(runs, metrics)) {
    const id = seriesId(series);
    const values = perRun.map((byId) => byId.get(id)?.value ?? null);
    const [first] = seriesRows;
    const { label, direction } = first ? describeMetric(first.metric) : describeSeries(series);
    rows.push({
      id: `metric:${id}`,
      label,
      kind: 'metric',
      values,
      bestIndex: bestIndexOf(values, direction),
      same: allSame(values),
    });
  }
  return options.differencesOnly ? rows.filter((row) => !row.same) : rows;
}
