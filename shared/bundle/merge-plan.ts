// Plans merging an imported bundle into the database: what is added, updated or kept, and every conflict.
import {
  type BundleRow,
  type BundleRows,
  type BundleRule,
  type BundleTable,
  bundleRule,
  bundleTables,
  emptyRows,
  keyOfRow,
} from '../domain/tables';
import { canonicalJson, compareCodePoints } from './canonical';

export type { BundleRows, BundleTable } from '../domain/tables';

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
   * Keys of existing rows to delete, per table: rows of a parent the incoming side replaced that the
   * incoming parent no longer has (a replaced run's dropped metrics), so each replaced parent ends exactly
   * as it was imported. Empty in most merges.
   */
  remove: Record<BundleTable, string[]>;
  add: BundleRows;
  update: BundleRows;
}

type Decision = 'add' | 'update' | 'same' | 'existing-won';
type AnyRow = Record<string, unknown>;

interface TablePlan {
  add: AnyRow[];
  update: AnyRow[];
  keep: number;
  conflicts: MergeConflict[];
  decisions: Map<string, Decision>;
  labels: Map<string, string>;
  remove: string[];
}

const sameContent = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function byKey<T extends object>(table: BundleTable, rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareCodePoints(keyOfRow(table, a), keyOfRow(table, b)));
}

const emptyPlan = (): TablePlan => ({
  add: [],
  update: [],
  keep: 0,
  conflicts: [],
  decisions: new Map(),
  labels: new Map(),
  remove: [],
});

/** Rows with a time of their own: the most recently modified side wins a difference. */
function planRows(
  table: BundleTable,
  existing: readonly AnyRow[],
  incoming: readonly AnyRow[],
  rule: BundleRule<AnyRow>,
): TablePlan {
  const plan = emptyPlan();
  const current = new Map(existing.map((row) => [keyOfRow(table, row), row]));
  for (const row of existing) plan.labels.set(keyOfRow(table, row), rule.mergeLabel(row));
  for (const row of byKey(table, incoming)) {
    const key = keyOfRow(table, row);
    plan.labels.set(key, rule.mergeLabel(row));
    const mine = current.get(key);
    if (mine === undefined) {
      plan.add.push(row);
      plan.decisions.set(key, 'add');
      continue;
    }
    if (sameContent(mine, row) || rule.sameForMerge?.(mine, row, sameContent)) {
      plan.keep += 1;
      plan.decisions.set(key, 'same');
      continue;
    }
    const existingUpdatedAt = rule.modifiedAt(mine);
    const incomingUpdatedAt = rule.modifiedAt(row);
    const incomingWins =
      existingUpdatedAt !== null && incomingUpdatedAt !== null && incomingUpdatedAt > existingUpdatedAt;
    if (incomingWins) plan.update.push(row);
    else plan.keep += 1;
    plan.decisions.set(key, incomingWins ? 'update' : 'existing-won');
    plan.conflicts.push({
      table,
      id: key,
      label: rule.mergeLabel(incomingWins ? row : mine),
      winner: incomingWins ? 'incoming' : 'existing',
      existingUpdatedAt,
      incomingUpdatedAt,
    });
  }
  return plan;
}

/**
 * Rows with no time of their own follow their parent: a parent the incoming side won brings its rows as
 * they are; a parent the existing side won keeps its own; beside an unchanged parent, new rows are added
 * and a differing value is a conflict the existing row wins.
 */
function planFollowers(
  table: BundleTable,
  existing: readonly AnyRow[],
  incoming: readonly AnyRow[],
  rule: BundleRule<AnyRow>,
  parent: TablePlan,
  parentField: string,
): TablePlan {
  const plan = emptyPlan();
  const current = new Map(existing.map((row) => [keyOfRow(table, row), row]));
  const incomingKeys = new Set(incoming.map((row) => keyOfRow(table, row)));
  const parentOf = (row: AnyRow) => String(row[parentField]);
  const label = (row: AnyRow) => {
    const parentLabel = parent.labels.get(parentOf(row));
    return parentLabel === undefined
      ? rule.mergeLabel(row)
      : `${rule.mergeLabel(row)} (run ${JSON.stringify(parentLabel)})`;
  };
  for (const row of byKey(table, incoming)) {
    const decision = parent.decisions.get(parentOf(row));
    const mine = current.get(keyOfRow(table, row));
    if (decision === 'existing-won') {
      plan.keep += 1;
    } else if (mine === undefined) {
      plan.add.push(row);
    } else if (sameContent(mine, row)) {
      plan.keep += 1;
    } else if (decision === 'add' || decision === 'update') {
      plan.update.push(row);
    } else {
      plan.keep += 1;
      plan.conflicts.push({
        table,
        id: keyOfRow(table, row),
        label: label(mine),
        winner: 'existing',
        existingUpdatedAt: null,
        incomingUpdatedAt: null,
      });
    }
  }
  plan.remove = byKey(table, existing)
    .filter(
      (row) => parent.decisions.get(parentOf(row)) === 'update' && !incomingKeys.has(keyOfRow(table, row)),
    )
    .map((row) => keyOfRow(table, row));
  return plan;
}

/**
 * Compares what the database holds with what a bundle brings, table by table, with each table's rules
 * from the registry. Rows are matched by their primary key. The result depends only on the rows given,
 * never on their order.
 */
export function planMerge(existing: BundleRows, incoming: BundleRows): MergePlan {
  const plans = new Map<BundleTable, TablePlan>();
  for (const table of bundleTables) {
    const rule = bundleRule(table);
    const mine = existing[table] as unknown as AnyRow[];
    const theirs = incoming[table] as unknown as AnyRow[];
    const parent = rule.followsParent;
    const parentPlan = parent ? plans.get(parent.table) : undefined;
    plans.set(
      table,
      parent && parentPlan
        ? planFollowers(table, mine, theirs, rule, parentPlan, parent.field)
        : planRows(table, mine, theirs, rule),
    );
  }
  const plan: MergePlan = {
    counts: {} as Record<BundleTable, MergeCounts>,
    conflicts: [],
    remove: {} as Record<BundleTable, string[]>,
    add: emptyRows(),
    update: emptyRows(),
  };
  for (const table of bundleTables) {
    const tablePlan = plans.get(table) ?? emptyPlan();
    plan.counts[table] = { add: tablePlan.add.length, update: tablePlan.update.length, keep: tablePlan.keep };
    plan.conflicts.push(...tablePlan.conflicts);
    plan.remove[table] = tablePlan.remove;
    (plan.add[table] as BundleRow[]) = tablePlan.add as unknown as BundleRow[];
    (plan.update[table] as BundleRow[]) = tablePlan.update as unknown as BundleRow[];
  }
  return plan;
}

/** The rows to put, per table: the additions and the updates, sorted by key. */
export function applyPlanRows(plan: MergePlan): BundleRows {
  const rows = emptyRows();
  for (const table of bundleTables) {
    const put = [...plan.add[table], ...plan.update[table]] as BundleRow[];
    (rows[table] as BundleRow[]) = byKey(table, put);
  }
  return rows;
}
