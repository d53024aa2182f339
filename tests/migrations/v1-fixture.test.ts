// Every schema version the app shipped has a fixture; the current app must open it without losing a row.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShipReadyDatabase } from '../../renderer/src/db/database';
import { v1Stores } from '../../renderer/src/db/versions/v1-initial-schema';
import { migrateProject } from '../../renderer/src/db/versions/v2-link-kinds-and-primary-skills';
import fixture from './fixtures/v1-database.json';

async function writeVersion1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(v1Stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('schema version 1 fixture', () => {
  it('opens in the current app with every row intact', async () => {
    const name = `v1-fixture-${Math.random().toString(36).slice(2)}`;
    await writeVersion1(name);
    const db = new ShipReadyDatabase(name);
    await db.open();
    for (const [table, rows] of Object.entries(fixture.tables)) {
      // Version 2 adds link kinds and primary skills to projects; nothing else changes.
      const expected = table === 'projects' ? rows.map((row) => migrateProject(row as never)) : rows;
      expect(await db.table(table).toArray(), table).toEqual(expected);
    }
    db.close();
  });
});
