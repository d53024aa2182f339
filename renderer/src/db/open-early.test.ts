// public/open-early.js opens the database before the app does; it must never create, block or upgrade it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { databaseName } from './names';

const source = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'open-early.js'), 'utf8');
const runOpenEarly = () => new Function(source)();
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const exists = async () => (await indexedDB.databases()).some((db) => db.name === databaseName);

describe('open-early.js', () => {
  it('opens the app’s database by its real name', () => {
    expect(source).toContain(`indexedDB.open('${databaseName}')`);
  });

  it('does not create the database on a first start', async () => {
    runOpenEarly();
    await settle();
    expect(await exists()).toBe(false);
  });

  it('steps aside when the app upgrades the database', async () => {
    const v1 = new Dexie(databaseName);
    v1.version(1).stores({ notes: 'itemId' });
    await v1.open();
    v1.close();
    runOpenEarly();
    await settle();
    const v2 = new Dexie(databaseName);
    v2.version(1).stores({ notes: 'itemId' });
    v2.version(2).stores({ notes: 'itemId', extra: 'id' });
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(v2.tables.map((table) => table.name).sort()).toEqual(['extra', 'notes']);
    v2.close();
    await Dexie.delete(databaseName);
  });
});
