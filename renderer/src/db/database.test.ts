import { describe, expect, it } from 'vitest';
import { dexieStores, tableNames } from '../../../shared/domain/tables';
import { freshDatabase } from '../../../tests/fixtures/test-database';
import { ShipReadyDatabase } from './database';
import { databaseName } from './names';
import { nextStores, storesAfter, versionLadder } from './versions/ladder';

describe('ShipReadyDatabase', () => {
  it('opens at the newest version with every table of the domain', async () => {
    const db = await freshDatabase();
    expect(db.verno).toBe(versionLadder.at(-1)?.version);
    expect(db.tables.map((table) => table.name).sort()).toEqual([...tableNames].sort());
  });

  it('declares every table name constant on the version ladder', () => {
    expect(Object.keys(storesAfter()).sort()).toEqual([...tableNames].sort());
  });

  it('declares in its newest version exactly the tables, keys and indexes the registry describes', () => {
    const missing = nextStores(dexieStores());
    expect(missing, `add a schema version declaring ${JSON.stringify(missing)}`).toEqual({});
    expect(dexieStores()).toEqual(storesAfter());
  });

  it('uses the fixed database name by default', () => {
    expect(new ShipReadyDatabase().name).toBe(databaseName);
  });

  it('keys progress and notes by the content item id, and events by an increasing sequence', async () => {
    const db = await freshDatabase();
    expect(db.progress.schema.primKey.name).toBe('itemId');
    expect(db.notes.schema.primKey.name).toBe('itemId');
    expect(db.events.schema.primKey.auto).toBe(true);
  });
});
