// Restores a backup: the file is checked completely first, every row against its table's row schema, the
// current data is backed up, then every table is replaced in one transaction, so a failure leaves the data
// as it was.
import { readJsonText } from '../../../shared/bundle/read-json';
import { pathOf } from '../../../shared/bundle/value-scan';
import { issueMessage } from '../../../shared/bundle/zod-problems';
import { keyOfRow, type TableName, tableNames, tableSpec } from '../../../shared/domain/tables';
import { maxFileChars } from '../../../shared/ipc/limits';
import { capProblems } from '../../../shared/portfolio/check-run';
import type { FieldProblem } from '../../../shared/portfolio/types';
import type { ShipReadyDatabase } from './database';
import type { RawDump } from './raw-dump';

export type DumpCheck = { ok: true; dump: RawDump } | { ok: false; problems: FieldProblem[] };

const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 64 || value === null || typeof value !== 'object') return depth > 64;
  return Object.keys(value).some(
    (key) => forbidden.has(key) || hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1),
  );
}

const isTable = (name: string): name is TableName => (tableNames as string[]).includes(name);

/** Every row of one table checked by the same row schema a bundle import uses; problems name the row. */
function rowProblems(name: TableName, rows: unknown[]): FieldProblem[] {
  const spec = tableSpec(name);
  const problems: FieldProblem[] = [];
  rows.forEach((row, index) => {
    const parsed = spec.schema.safeParse(row, { error: issueMessage });
    if (parsed.success) return;
    const key = row !== null && typeof row === 'object' ? keyOfRow(name, row) : 'undefined';
    const which = key === 'undefined' ? `row ${index + 1}` : `the row ${JSON.stringify(key)}`;
    for (const issue of parsed.error.issues) {
      const unknownKey = issue.code === 'unrecognized_keys';
      const field = pathOf([
        'tables',
        name,
        index,
        ...issue.path,
        ...(unknownKey ? [issue.keys.join(', ')] : []),
      ]);
      const inRow = field.slice(`tables.${name}[${index}]`.length).replace(/^\./, '') || 'the row';
      const message = unknownKey ? 'is not a field of this table.' : issue.message;
      problems.push({ field, message: `${which} of ${name}, ${inRow}: ${message}` });
    }
  });
  return problems;
}

export function checkDump(db: ShipReadyDatabase, text: string): DumpCheck {
  const problems: FieldProblem[] = [];
  // The same reader as bundles: a BOM, a truncated file, duplicate keys and numbers JSON would round are named.
  const read = readJsonText(text, { maxBytes: maxFileChars, maxDepth: 64 });
  if (!read.ok) return { ok: false, problems: read.problems };
  const data = read.value;
  const dump = data as Partial<RawDump> | null;
  if (dump?.format !== 'shipready-raw-dump')
    return { ok: false, problems: [{ field: 'format', message: 'this is not a ShipReady backup.' }] };
  if (typeof dump.schemaVersion !== 'number' || dump.schemaVersion > db.verno) {
    return {
      ok: false,
      problems: [
        {
          field: 'schemaVersion',
          message: `written by a newer ShipReady (schema ${dump.schemaVersion}); update the app first.`,
        },
      ],
    };
  }
  if (hasForbiddenKey(dump))
    return {
      ok: false,
      problems: [
        { field: 'file', message: 'contains a forbidden key (__proto__, constructor or prototype).' },
      ],
    };
  for (const [name, rows] of Object.entries(dump.tables ?? {})) {
    if (!isTable(name)) problems.push({ field: `tables.${name}`, message: 'is not a table of this app.' });
    else if (!Array.isArray(rows))
      problems.push({ field: `tables.${name}`, message: 'is not a list of rows.' });
    else problems.push(...rowProblems(name, rows));
  }
  return problems.length > 0
    ? { ok: false, problems: capProblems(problems) }
    : { ok: true, dump: dump as RawDump };
}

/** What a restore does to one table: rows now, and the rows the backup puts instead (null: left as is). */
export interface RestoreChange {
  table: TableName;
  now: number;
  fromBackup: number | null;
}

/** Table by table, what restoring this checked dump would change, for the confirmation. */
export async function restorePreview(db: ShipReadyDatabase, dump: RawDump): Promise<RestoreChange[]> {
  const changes: RestoreChange[] = [];
  for (const table of tableNames) {
    const rows = dump.tables[table];
    changes.push({ table, now: await db.table(table).count(), fromBackup: rows ? rows.length : null });
  }
  return changes;
}

/**
 * Replaces the tables the dump holds with its rows, in one transaction; a table the dump does not hold
 * is left exactly as it is (an older or partial backup never empties what it does not know).
 */
export async function restoreDump(db: ShipReadyDatabase, dump: RawDump): Promise<number> {
  let rows = 0;
  const held = tableNames.filter((name) => Array.isArray(dump.tables[name]));
  const tables = held.map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    for (const table of tables) {
      await table.clear();
      const incoming = dump.tables[table.name] ?? [];
      await table.bulkAdd(incoming);
      rows += incoming.length;
    }
  });
  return rows;
}
