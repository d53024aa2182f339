// Restores a backup: the file is checked completely first, the current data is backed up, then every
// table is replaced in one transaction, so a failure leaves the data as it was.
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

export function checkDump(db: ShipReadyDatabase, text: string): DumpCheck {
  const problems: FieldProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [{ field: 'file', message: `not valid JSON (${(error as Error).message}).` }],
    };
  }
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
    problems.push({
      field: 'file',
      message: 'contains a forbidden key (__proto__, constructor or prototype).',
    });
  const tables = new Map(db.tables.map((table) => [table.name, table.schema.primKey]));
  for (const [name, rows] of Object.entries(dump.tables ?? {})) {
    const key = tables.get(name);
    if (!key) problems.push({ field: `tables.${name}`, message: 'is not a table of this app.' });
    else if (!Array.isArray(rows))
      problems.push({ field: `tables.${name}`, message: 'is not a list of rows.' });
    else if (!key.auto) {
      const keyPath = String(key.keyPath);
      const bad = rows.findIndex(
        (row) =>
          row === null ||
          typeof row !== 'object' ||
          typeof (row as Record<string, unknown>)[keyPath] !== 'string',
      );
      if (bad >= 0) problems.push({ field: `tables.${name}[${bad}].${keyPath}`, message: 'is missing.' });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dump: dump as RawDump };
}

/** Replaces every table with the dump's rows; tables absent from the dump are emptied. */
export async function restoreDump(db: ShipReadyDatabase, dump: RawDump): Promise<number> {
  let rows = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const incoming = dump.tables[table.name] ?? [];
      await table.bulkAdd(incoming);
      rows += incoming.length;
    }
  });
  return rows;
}
