// Plans merging an imported bundle into the database: what is added, updated, removed or kept, every
// conflict with both versions, and every row the file's ids or dates would have harmed. Nothing is
// removed or overwritten without being listed here.
import {
  type BundleRow,
  type BundleRows,
  type BundleRule,
  type BundleTable,
  bundleRule,
  bundleTables,
  emptyRows,
  keyOfRow,
  tableRegistry,
} from '../domain/tables';
import { canonicalJson, compareCodePoints } from './canonical';
import { normalizeIncoming } from './merge-incoming';
import type { MergeCounts, MergeOptions, MergePlan, Side } from './merge-types';

export type { BundleRows, BundleTable } from '../domain/tables';
export type * from './merge-types';

type Decision = 'add' | 'update' | 'same' | 'existing-won';
type AnyRow = Record<string, unknown>;

interface TablePlan {
  add: AnyRow[];
  update: AnyRow[];
  keep: number;
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
  decisions: new Map(),
  labels: new Map(),
  remove: [],
});

const conflictKey = (table: BundleTable, id: string) => `${table}\u0000${id}`;

class Planner {
  readonly plan: MergePlan;
  constructor(private readonly options: MergeOptions) {
    this.plan = {
      counts: {} as Record<BundleTable, MergeCounts>,
      conflicts: [],
      removals: [],
      rekeyed: [],
      clamped: [],
      leftOut: [],
      remove: {} as Record<BundleTable, string[]>,
      add: emptyRows(),
      update: emptyRows(),
    };
  }

  /** The person's choice for a conflict, or the default: the most recently modified side. */
  private winner(table: BundleTable, id: string, byTime: Side): { side: Side; chosen: boolean } {
    const choice = this.options.choices?.get(conflictKey(table, id));
    return choice ? { side: choice, chosen: true } : { side: byTime, chosen: false };
  }

  private conflict(table: BundleTable, rule: BundleRule<AnyRow>, mine: AnyRow, theirs: AnyRow, byTime: Side) {
    const id = keyOfRow(table, mine);
    const { side, chosen } = this.winner(table, id, byTime);
    const field = rule.modifiedAt;
    const timeOf = (row: AnyRow) => (field ? String(row[field] ?? '') || null : null);
    this.plan.conflicts.push({
      key: conflictKey(table, id),
      table,
      id,
      label: rule.mergeLabel(side === 'incoming' ? theirs : mine),
      winner: side,
      chosen,
      existingUpdatedAt: timeOf(mine),
      incomingUpdatedAt: timeOf(theirs),
      existing: mine,
      incoming: theirs,
    });
    return side;
  }

  /** Rows with a time of their own: a difference is a conflict, by default won by the newer side. */
  rows(table: BundleTable, existing: readonly AnyRow[], incoming: readonly AnyRow[]): TablePlan {
    const rule = bundleRule(table);
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
      const field = rule.modifiedAt;
      const mineAt = field ? mine[field] : undefined;
      const theirsAt = field ? row[field] : undefined;
      const newer = typeof mineAt === 'string' && typeof theirsAt === 'string' && theirsAt > mineAt;
      const side = this.conflict(table, rule, mine, row, newer ? 'incoming' : 'existing');
      if (side === 'incoming') plan.update.push(row);
      else plan.keep += 1;
      plan.decisions.set(key, side === 'incoming' ? 'update' : 'existing-won');
    }
    return plan;
  }

  /**
   * Rows with no time of their own follow their parent: a parent the incoming side won brings its rows as
   * they are, and its local rows the file lacks are removed (listed); a parent the existing side won keeps
   * its own; beside an unchanged parent, new rows are added unless they take a slot the parent already
   * fills, and a differing value is a conflict.
   */
  followers(
    table: BundleTable,
    existing: readonly AnyRow[],
    incoming: readonly AnyRow[],
    parent: TablePlan,
    parentField: string,
  ): TablePlan {
    const rule = bundleRule(table);
    const plan = emptyPlan();
    const parentOf = (row: AnyRow) => String(row[parentField]);
    const slotOf = (row: AnyRow) =>
      `${parentOf(row)}\u0000${rule.slotOf ? rule.slotOf(row) : keyOfRow(table, row)}`;
    const current = new Map(existing.map((row) => [keyOfRow(table, row), row]));
    const localSlots = new Map(existing.map((row) => [slotOf(row), row]));
    const incomingKeys = new Set(incoming.map((row) => keyOfRow(table, row)));
    const label = (row: AnyRow) => {
      const parentLabel = parent.labels.get(parentOf(row));
      return parentLabel === undefined
        ? rule.mergeLabel(row)
        : `${rule.mergeLabel(row)} (run ${JSON.stringify(parentLabel)})`;
    };
    const labelled = { ...rule, mergeLabel: label };
    const removed = new Set<string>();
    for (const row of byKey(table, incoming)) {
      const key = keyOfRow(table, row);
      const decision = parent.decisions.get(parentOf(row));
      const mine = current.get(key);
      if (decision === 'existing-won') {
        plan.keep += 1;
      } else if (mine === undefined) {
        const taken = decision === 'same' ? localSlots.get(slotOf(row)) : undefined;
        if (taken === undefined) plan.add.push(row);
        else if (this.conflict(table, labelled, taken, row, 'existing') === 'incoming') {
          plan.add.push(row);
          removed.add(keyOfRow(table, taken));
        } else plan.keep += 1;
      } else if (sameContent(mine, row)) {
        plan.keep += 1;
      } else if (decision === 'add' || decision === 'update') {
        plan.update.push(row);
      } else if (this.conflict(table, labelled, mine, row, 'existing') === 'incoming') {
        plan.update.push(row);
      } else plan.keep += 1;
    }
    for (const row of byKey(table, existing)) {
      const key = keyOfRow(table, row);
      const replaced = parent.decisions.get(parentOf(row)) === 'update' && !incomingKeys.has(key);
      if (!replaced && !removed.has(key)) continue;
      plan.remove.push(key);
      this.plan.removals.push({
        table,
        id: key,
        label: label(row),
        reason: replaced
          ? 'the file’s newer copy of its run does not have it'
          : 'you chose the file’s value for the same series',
      });
    }
    return plan;
  }
}

/**
 * Compares what the database holds with what a bundle brings, table by table, with each table's rules
 * from the registry. Rows are matched by primary key after the file's rows are made safe (see
 * `normalizeIncoming`). The result depends only on the rows and options given, never on their order.
 */
export function planMerge(existing: BundleRows, incoming: BundleRows, options: MergeOptions): MergePlan {
  const planner = new Planner(options);
  const safe = normalizeIncoming(existing, incoming, options);
  Object.assign(planner.plan, { rekeyed: safe.rekeyed, clamped: safe.clamped, leftOut: safe.leftOut });
  const plans = new Map<BundleTable, TablePlan>();
  for (const table of bundleTables) {
    const mine = existing[table] as unknown as AnyRow[];
    const theirs = safe.rows[table] as unknown as AnyRow[];
    const parent = bundleRule(table).parent;
    const parentPlan = parent?.follows ? plans.get(parent.table as BundleTable) : undefined;
    plans.set(
      table,
      parent && parentPlan
        ? planner.followers(table, mine, theirs, parentPlan, parent.field)
        : planner.rows(table, mine, theirs),
    );
  }
  const { plan } = planner;
  for (const table of bundleTables) {
    const tablePlan = plans.get(table) ?? emptyPlan();
    plan.counts[table] = {
      add: tablePlan.add.length,
      update: tablePlan.update.length,
      remove: tablePlan.remove.length,
      keep: tablePlan.keep,
    };
    plan.remove[table] = tablePlan.remove;
    (plan.add[table] as BundleRow[]) = tablePlan.add as unknown as BundleRow[];
    (plan.update[table] as BundleRow[]) = tablePlan.update as unknown as BundleRow[];
  }
  const order = new Map(bundleTables.map((table, index) => [table, index]));
  plan.conflicts.sort(
    (a, b) => (order.get(a.table) ?? 0) - (order.get(b.table) ?? 0) || compareCodePoints(a.id, b.id),
  );
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

/** Everything the merge would change, summed over the tables. */
export function totalChanges(plan: MergePlan): MergeCounts {
  const total: MergeCounts = { add: 0, update: 0, remove: 0, keep: 0 };
  for (const table of Object.keys(tableRegistry) as BundleTable[]) {
    const counts = plan.counts[table];
    if (!counts) continue;
    total.add += counts.add;
    total.update += counts.update;
    total.remove += counts.remove;
    total.keep += counts.keep;
  }
  return total;
}
