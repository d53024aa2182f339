// Reads every table into one JSON document: the content of a backup and of "download all my data".
import { tableNames } from '../../../shared/domain/tables';
import type { ShipReadyDatabase } from './database';

export interface RawDump {
  format: 'shipready-raw-dump';
  schemaVersion: number;
  createdAt: string;
  tables: Record<string, unknown[]>;
}

export async function dumpAllTables(db: ShipReadyDatabase): Promise<RawDump> {
  const tables: Record<string, unknown[]> = {};
  const registered = tableNames.map((name) => db.table(name));
  await db.transaction('r', registered, async () => {
    for (const table of registered) tables[table.name] = await table.toArray();
  });
  return {
    format: 'shipready-raw-dump',
    schemaVersion: db.verno,
    createdAt: new Date().toISOString(),
    tables,
  };
}
