// Makes a file's rows safe to merge before they are compared: rows for curriculum items this app does
// not have are left out, times later than the file's export or than now are clamped, and a row whose key
// already names a local row of another parent gets a new key (and every reference follows it).
import { type BundleRows, bundleRule, bundleTables, keyOfRow, tableRegistry } from '../domain/tables';
import type { MergeClamp, MergeLeftOut, MergeOptions, MergeRekey } from './merge-types';

type AnyRow = Record<string, unknown>;

export interface SafeIncoming {
  rows: BundleRows;
  rekeyed: MergeRekey[];
  clamped: MergeClamp[];
  leftOut: MergeLeftOut[];
}

/** The first `<key>~<n>` that names no row on either side. */
function freshKey(key: string, taken: Set<string>): string {
  for (let n = 2; ; n += 1) {
    const candidate = `${key}~${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function timeLimit(options: MergeOptions): string {
  const { now, exportedAt } = options;
  return exportedAt !== undefined && exportedAt < now ? exportedAt : now;
}

export function normalizeIncoming(
  existing: BundleRows,
  incoming: BundleRows,
  options: MergeOptions,
): SafeIncoming {
  const limit = timeLimit(options);
  const result: SafeIncoming = { rows: { ...incoming }, rekeyed: [], clamped: [], leftOut: [] };
  /** Per table, the keys the file's rows were moved to. */
  const moved = new Map<string, Map<string, string>>();
  const follow = (table: string, value: unknown) =>
    typeof value === 'string' ? (moved.get(table)?.get(value) ?? value) : value;

  for (const table of bundleTables) {
    const rule = bundleRule(table);
    const keyField = tableRegistry[table].key;
    let rows = (incoming[table] as unknown as AnyRow[]).filter((row) => {
      const field = rule.curriculumItem;
      if (!field || !options.knownItemIds || options.knownItemIds.has(String(row[field]))) return true;
      result.leftOut.push({
        table,
        id: keyOfRow(table, row),
        reason: `the curriculum in this app has no item ${JSON.stringify(row[field])}`,
      });
      return false;
    });

    // Fields naming rows of tables already re-keyed follow them.
    const outward = [...(rule.parent ? [rule.parent] : []), ...(rule.references ?? [])].filter(
      (ref) => ref.table !== table,
    );
    if (outward.length > 0) {
      rows = rows.map((row) => {
        const next = { ...row };
        for (const ref of outward)
          if (ref.field in next) next[ref.field] = follow(ref.table, next[ref.field]);
        return next;
      });
    }

    const field = rule.modifiedAt;
    if (field) {
      rows = rows.map((row) => {
        const at = row[field];
        if (typeof at !== 'string' || at <= limit) return row;
        result.clamped.push({
          table,
          id: keyOfRow(table, row),
          label: rule.mergeLabel(row),
          field,
          was: at,
          now: limit,
        });
        return { ...row, [field]: limit };
      });
    }

    const parent = rule.parent;
    if (parent) {
      const local = new Map(
        (existing[table] as unknown as AnyRow[]).map((row) => [keyOfRow(table, row), row]),
      );
      const taken = new Set([...local.keys(), ...rows.map((row) => keyOfRow(table, row))]);
      const mapping = new Map<string, string>();
      for (const row of rows) {
        const key = keyOfRow(table, row);
        const mine = local.get(key);
        if (mine === undefined || mine[parent.field] === row[parent.field]) continue;
        const to = freshKey(key, taken);
        taken.add(to);
        mapping.set(key, to);
        result.rekeyed.push({ table, from: key, to, label: rule.mergeLabel(row) });
      }
      if (mapping.size > 0) {
        moved.set(table, mapping);
        const inward = (rule.references ?? []).filter((ref) => ref.table === table);
        rows = rows.map((row) => {
          const next = { ...row, [keyField]: follow(table, row[keyField]) };
          for (const ref of inward) if (ref.field in next) next[ref.field] = follow(table, next[ref.field]);
          return next;
        });
      }
    }
    (result.rows[table] as unknown as AnyRow[]) = rows;
  }
  return result;
}
