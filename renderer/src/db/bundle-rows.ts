// Reads and writes the rows a portfolio bundle carries, in one transaction each way.
import { type BundleRows, type BundleTable, bundleTables } from '../../../shared/domain/tables';
import type { ShipReadyDatabase } from './database';
import { appendEvent } from './repositories/events';

const tablesOf = (db: ShipReadyDatabase) => bundleTables.map((name) => db.table(name));

export async function readBundleRows(db: ShipReadyDatabase): Promise<BundleRows> {
  return db.transaction('r', tablesOf(db), async () => {
    const rows: Partial<Record<BundleTable, unknown[]>> = {};
    for (const name of bundleTables) rows[name] = await db.table(name).toArray();
    return rows as BundleRows;
  });
}

/**
 * Puts the planned rows in one transaction: all of them land, or none do. `remove` lists, per table, the
 * keys of rows to delete first (a replaced run's metrics the incoming run no longer has).
 */
export async function writeBundleRows(
  db: ShipReadyDatabase,
  rows: Partial<BundleRows>,
  source: string,
  remove: Partial<Record<BundleTable, string[]>> = {},
): Promise<number> {
  let count = 0;
  await db.transaction('rw', [...tablesOf(db), db.events], async () => {
    for (const name of bundleTables) {
      const keys = remove[name];
      if (keys?.length) await db.table(name).bulkDelete(keys);
    }
    for (const name of bundleTables) {
      const list = rows[name];
      if (!list?.length) continue;
      await db.table(name).bulkPut(list);
      count += list.length;
    }
    await appendEvent(db, 'bundle.imported', source, { rows: count });
  });
  return count;
}
