// When the schema cannot open (an upgrade failed), this reads the database as it is on disk, at whatever
// version it has, so the person can still take every row with them.
import Dexie from 'dexie';
import { databaseName } from './names';
import type { RawDump } from './raw-dump';

export async function dumpWithoutSchema(name: string = databaseName): Promise<RawDump> {
  // Dexie without declared versions opens the existing database as it is and reads its stores.
  const db = new Dexie(name);
  await db.open();
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of db.tables) tables[table.name] = await table.toArray();
    return {
      format: 'shipready-raw-dump',
      schemaVersion: db.verno,
      createdAt: new Date().toISOString(),
      tables,
    };
  } finally {
    db.close();
  }
}
