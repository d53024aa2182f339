// Plans merging an imported bundle into the database: what is added, updated or kept, and every conflict.
import type { Metric } from '../domain/eval-runs';
import { describeSeries } from '../metrics/validate-metric';
import { canonicalJson, compareCodePoints } from './canonical';
import { type BundleRows, type BundleTable, bundleTables, type KeyedRow, rowKey } from './rows';

export type { BundleRows, BundleTable } from './rows';

export interface MergeCounts {
  /** Rows only the incoming side has. */
  add: number;
  /** Rows on both sides where the incoming version is newer and differs. */
  update: number;
  /** Incoming rows not written: identical to the existing row, or older than it. */
  keep: number;
}

export interface MergeConflict {
  table: BundleTable;
  /** The row's key: `id`, or `itemId` for progress and notes. */
  id: string;
  /** What to show for the row: a project's title, a run's label, a curriculum item id, a metric's name. */
  label: string;
  /** The most recently modified side wins; a tie, or a row without a time, keeps the existing row. */
  winner: 'existing' | 'incoming';
  existingUpdatedAt: string | null;
  incomingUpdatedAt: string | null;
}

export interface MergePlan {
  counts: Record<BundleTable, MergeCounts>;
  /** Rows on both sides whose content differs, in table order then by key. */
  conflicts: MergeConflict[];
  /**
   * Existing metrics of runs the incoming side replaced that the incoming run no longer has: deleting them
   * leaves each replaced run exactly as it was imported. Empty in most merges.
   */
  metricIdsToRemove: string[];
  add: BundleRows;
  update: BundleRows;
}

type Decision = 'add' | 'update' | 'same' | 'existing-won';

interface TablePlan<T> {
  add: T[];
  update: T[];
  keep: number;
  conflicts: MergeConflict[];
  decisions: Map<string, Decision>;
}

interface TableRules<T> {
  /** When the row last changed; null where the table has no such time. */
  modifiedAt: (row: T) => string | null;
  label: (row: T) => string;
  /** Equal content; defaults to equal canonical JSON. */
  same?: (existing: T, incoming: T) => boolean;
}

const sameContent = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const byKey = <T extends KeyedRow>(rows: readonly T[]) =>
  [...rows].sort((a, b) => compareCodePoints(rowKey(a), rowKey(b)));

function planRows<T extends KeyedRow>(
  table: BundleTable,
  existing: readonly T[],
  incoming: readonly T[],
  rules: TableRules<T>,
): TablePlan<T> {
  const plan: TablePlan<T> = { add: [], update: [], keep: 0, conflicts: [], decisions: new Map() };
  const current = new Map(existing.map((row) => [rowKey(row), row]));
  const same = rules.same ?? sameContent;
  for (const row of byKey(incoming)) {
    const key = rowKey(row);
    const mine = current.get(key);
    if (mine === undefined) {
      plan.add.push(row);
      plan.decisions.set(key, 'add');
      continue;
    }
    if (same(mine, row)) {
      plan.keep += 1;
      plan.decisions.set(key, 'same');
      continue;
    }
    const existingUpdatedAt = rules.modifiedAt(mine);
    const incomingUpdatedAt = rules.modifiedAt(row);
    const incomingWins =
      existingUpdatedAt !== null && incomingUpdatedAt !== null && incomingUpdatedAt > existingUpdatedAt;
    if (incomingWins) plan.update.push(row);
    else plan.keep += 1;
    plan.decisions.set(key, incomingWins ? 'update' : 'existing-won');
    plan.conflicts.push({
      table,
      id: key,
      label: rules.label(incomingWins ? row : mine),
      winner: incomingWins ? 'incoming' : 'existing',
      existingUpdatedAt,
      incomingUpdatedAt,
    });
  }
  return plan;
}

/**
 * Metrics have no time of their own and follow their run: a run the incoming side won brings its metrics as
 * they are; a run the existing side won keeps its own; beside an unchanged run, new metrics are added and a
 * differing value is a conflict the existing row wins.
 */
function planMetrics(
  existing: readonly Metric[],
  incoming: readonly Metric[],
  runs: Map<string, Decision>,
  runLabels: Map<string, string>,
): TablePlan<Metric> & { remove: string[] } {
  const plan: TablePlan<Metric> = { add: [], update: [], keep: 0, conflicts: [], decisions: new Map() };
  const current = new Map(existing.map((metric) => [metric.id, metric]));
  const incomingIds = new Set(incoming.map((metric) => metric.id));
  const label = (metric: Metric) => {
    const series = describeSeries(metric, metric).label;
    const run = runLabels.get(metric.runId);
    return run === undefined ? series : `${series} (run ${JSON.stringify(run)})`;
  };
  for (const metric of byKey(incoming)) {
    const decision = runs.get(metric.runId);
    const mine = current.get(metric.id);
    if (decision === 'existing-won') {
      plan.keep += 1;
    } else if (mine === undefined) {
      plan.add.push(metric);
    } else if (sameContent(mine, metric)) {
      plan.keep += 1;
    } else if (decision === 'add' || decision === 'update') {
      plan.update.push(metric);
    } else {
      plan.keep += 1;
      plan.conflicts.push({
        table: 'metrics',
        id: metric.id,
        label: label(mine),
        winner: 'existing',
        existingUpdatedAt: null,
        incomingUpdatedAt: null,
      });
    }
  }
  const remove = byKey(existing)
    .filter((metric) => runs.get(metric.runId) === 'update' && !incomingIds.has(metric.id))
    .map((metric) => metric.id);
  return { ...plan, remove };
}

const countsOf = (plan: TablePlan<unknown>): MergeCounts => ({
  add: plan.add.length,
  update: plan.update.length,
  keep: plan.keep,
});

const costFree = { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 };

/**
 * Compares what the database holds with what a bundle brings, table by table. Rows are matched by key
 * (itemId for progress and notes, id otherwise). The result depends only on the rows given, never on
 * their order. A bundle exported without costs brings LLM answers with zero tokens and cost; such a row
 * is the same as the stored one when everything else matches, so it never overwrites the real numbers.
 */
export function planMerge(existing: BundleRows, incoming: BundleRows): MergePlan {
  const progress = planRows('progress', existing.progress, incoming.progress, {
    modifiedAt: (row) => row.updatedAt,
    label: (row) => row.itemId,
  });
  const notes = planRows('notes', existing.notes, incoming.notes, {
    modifiedAt: (row) => row.updatedAt,
    label: (row) => row.itemId,
  });
  const resources = planRows('resources', existing.resources, incoming.resources, {
    modifiedAt: (row) => row.createdAt,
    label: (row) => row.title,
  });
  const projects = planRows('projects', existing.projects, incoming.projects, {
    modifiedAt: (row) => row.updatedAt,
    label: (row) => row.title,
  });
  const milestones = planRows('milestones', existing.milestones, incoming.milestones, {
    modifiedAt: (row) => row.updatedAt,
    label: (row) => row.title,
  });
  const evalRuns = planRows('evalRuns', existing.evalRuns, incoming.evalRuns, {
    modifiedAt: (row) => row.updatedAt,
    label: (row) => row.label,
  });
  const runLabels = new Map([...existing.evalRuns, ...incoming.evalRuns].map((run) => [run.id, run.label]));
  const metrics = planMetrics(existing.metrics, incoming.metrics, evalRuns.decisions, runLabels);
  const feedback = planRows('feedback', existing.feedback, incoming.feedback, {
    modifiedAt: (row) => row.createdAt,
    label: (row) => `${row.kind} answer of ${row.createdAt.slice(0, 10)}`,
    same: (mine, theirs) =>
      sameContent(mine, theirs) ||
      (sameContent(theirs, { ...theirs, ...costFree }) && sameContent({ ...mine, ...costFree }, theirs)),
  });
  const readinessSnapshots = planRows(
    'readinessSnapshots',
    existing.readinessSnapshots,
    incoming.readinessSnapshots,
    { modifiedAt: (row) => row.at, label: (row) => `readiness snapshot of ${row.at.slice(0, 10)}` },
  );
  const tables = {
    progress,
    notes,
    resources,
    projects,
    milestones,
    evalRuns,
    metrics,
    feedback,
    readinessSnapshots,
  };
  const counts = {
    progress: countsOf(progress),
    notes: countsOf(notes),
    resources: countsOf(resources),
    projects: countsOf(projects),
    milestones: countsOf(milestones),
    evalRuns: countsOf(evalRuns),
    metrics: countsOf(metrics),
    feedback: countsOf(feedback),
    readinessSnapshots: countsOf(readinessSnapshots),
  };
  const add: BundleRows = {
    progress: progress.add,
    notes: notes.add,
    resources: resources.add,
    projects: projects.add,
    milestones: milestones.add,
    evalRuns: evalRuns.add,
    metrics: metrics.add,
    feedback: feedback.add,
    readinessSnapshots: readinessSnapshots.add,
  };
  const update: BundleRows = {
    progress: progress.update,
    notes: notes.update,
    resources: resources.update,
    projects: projects.update,
    milestones: milestones.update,
    evalRuns: evalRuns.update,
    metrics: metrics.update,
    feedback: feedback.update,
    readinessSnapshots: readinessSnapshots.update,
  };
  const conflicts = bundleTables.flatMap((table) => tables[table].conflicts);
  return { counts, conflicts, metricIdsToRemove: metrics.remove, add, update };
}

/** The rows to put, per table: the additions and the updates, sorted by key. */
export function applyPlanRows(plan: MergePlan): BundleRows {
  const { add, update } = plan;
  return {
    progress: byKey([...add.progress, ...update.progress]),
    notes: byKey([...add.notes, ...update.notes]),
    resources: byKey([...add.resources, ...update.resources]),
    projects: byKey([...add.projects, ...update.projects]),
    milestones: byKey([...add.milestones, ...update.milestones]),
    evalRuns: byKey([...add.evalRuns, ...update.evalRuns]),
    metrics: byKey([...add.metrics, ...update.metrics]),
    feedback: byKey([...add.feedback, ...update.feedback]),
    readinessSnapshots: byKey([...add.readinessSnapshots, ...update.readinessSnapshots]),
  };
}
