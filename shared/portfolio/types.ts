// The portfolio's evaluation vocabulary, shared by validation, statistics, charts and import.
import type { EvalRun, EvalRunContext, Metric } from '../domain/eval-runs';

/** A metric as typed or imported, before validation: numbers may still be strings. */
export interface MetricDraft {
  /** A catalog key such as `recall_at_k`, or `custom:<slug>` for a custom metric. */
  key: string;
  value: unknown;
  /** Required for @k metrics (recall_at_k, precision_at_k, ndcg_at_k): a whole number from 1 to 1000. */
  k?: unknown;
  /** Custom metrics only: a unit such as `ms`, `%`, `points`, `USD`. */
  unit?: string;
  /** Custom metrics only. */
  direction?: 'higher' | 'lower';
}

/** A validated metric, ready to store (without ids). */
export interface CheckedMetric {
  key: string;
  value: number;
  k?: number | undefined;
  unit?: string;
  direction?: 'higher' | 'lower';
}

/** A run as typed or imported, before validation. */
export interface EvalRunDraft {
  label: string;
  /** YYYY-MM-DD */
  ranOn: string;
  context: EvalRunContext;
  baselineRunId?: string;
  metrics: MetricDraft[];
}

export interface CheckedRun {
  label: string;
  ranOn: string;
  context: EvalRunContext;
  baselineRunId?: string;
  metrics: CheckedMetric[];
}

/** A problem that names where it is: `metrics[1].value`, `context.datasetSize`, `row 4, column "faithfulness"`. */
export interface FieldProblem {
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** One metric series identity: a key plus its k, since recall@5 and recall@10 are different numbers. */
export interface SeriesKey {
  key: string;
  k?: number | undefined;
}

export interface MetricSummary extends SeriesKey {
  label: string;
  unit: string;
  direction: 'higher' | 'lower';
  count: number;
  latest: { value: number; runId: string; ranOn: string };
  /** Best by direction; ties go to the earliest run. */
  best: { value: number; runId: string; ranOn: string };
}

export interface MetricDelta extends SeriesKey {
  label: string;
  unit: string;
  direction: 'higher' | 'lower';
  before: number;
  after: number;
  /** after - before */
  change: number;
  /** change / |before|, or null when before is 0. */
  relativeChange: number | null;
  /** True when the change goes the better way for this metric; false when worse; null when equal. */
  improved: boolean | null;
}

export interface ComparisonRow {
  /** `context.model`, `metric:recall_at_k@5`, … */
  id: string;
  label: string;
  kind: 'context' | 'metric';
  /** One cell per compared run, in the order given; null where the run has no value. */
  values: (string | number | null)[];
  /** For metric rows: index of the best run (by direction), or null. */
  bestIndex: number | null;
  /** True when every run has the same value (including all null). */
  same: boolean;
}

export interface Point {
  x: number;
  y: number;
}

export type { EvalRun, Metric };
