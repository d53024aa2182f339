import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../shared/bundle/build-bundle';
import { applyPlanRows, planMerge } from '../../../shared/bundle/merge-plan';
import { parseBundle } from '../../../shared/bundle/parse-bundle';
import { rowsFromBundle } from '../../../shared/bundle/rows';
import { bundleTables, emptyRows, keyOfRow, type TableName, tableNames } from '../../../shared/domain/tables';
import { allIncluded } from '../../../tests/fixtures/bundles/bundle-rows';
import { sampleTableRows } from '../../../tests/fixtures/table-rows';
import { freshDatabase } from '../../../tests/fixtures/test-database';
import { readBundleRows, writeBundleRows } from './bundle-rows';
import type { ShipReadyDatabase } from './database';
import { dumpAllTables } from './raw-dump';
import { checkDump, restoreDump } from './restore';

const sorted = (name: TableName, rows: readonly object[]) =>
  [...rows].sort((a, b) => keyOfRow(name, a).localeCompare(keyOfRow(name, b)));

async function seeded(): Promise<ShipReadyDatabase> {
  const db = await freshDatabase();
  const samples = sampleTableRows();
  for (const name of tableNames) await db.table(name).bulkAdd(samples[name]);
  return db;
}

describe('every table of the registry round-trips', () => {
  it('has sample rows for every table', () => {
    const samples = sampleTableRows();
    for (const name of tableNames) expect(samples[name].length, name).toBeGreaterThan(0);
  });

  it('Dexie rows -> bundle -> parse -> merge plan -> apply gives the same rows in every bundle table', async () => {
    const source = await seeded();
    const rows = await readBundleRows(source);
    const samples = sampleTableRows();
    for (const name of bundleTables)
      expect(sorted(name, rows[name]), name).toEqual(sorted(name, samples[name]));

    const { text } = await buildBundle({ owner: 'Ada', contentVersion: 1, rows, privacy: allIncluded });
    const parsed = await parseBundle(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const plan = planMerge(emptyRows(), rowsFromBundle(parsed.value), { now: new Date().toISOString() });
    for (const name of bundleTables) expect(plan.counts[name].add, name).toBe(samples[name].length);

    const target = await freshDatabase();
    await writeBundleRows(target, applyPlanRows(plan), 'Ada.shipready', plan.remove);
    const landed = await readBundleRows(target);
    for (const name of bundleTables)
      expect(sorted(name, landed[name]), name).toEqual(sorted(name, rows[name]));
  });

  it('a backup of every table restores to the same rows', async () => {
    const source = await seeded();
    const before = await dumpAllTables(source);
    const target = await freshDatabase();
    const checked = checkDump(target, JSON.stringify(before));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    await restoreDump(target, checked.dump);
    const after = await dumpAllTables(target);
    for (const name of tableNames) expect(after.tables[name], name).toEqual(before.tables[name]);
  });
});
