// The one IndexedDB database: its tables are the registry's, typed with the row schemas from shared/.
import Dexie, { type EntityTable } from 'dexie';
import type { KeyOf, RowOf, TableName } from '../../../shared/domain/tables';
import { databaseName } from './names';
import { declareVersions } from './versions/ladder';

type RegistryTables = { [T in TableName]: EntityTable<RowOf<T>, KeyOf<T> & keyof RowOf<T>> };

// One declaration per table would repeat the registry; the interface merges its tables into the class.
export interface ShipReadyDatabase extends RegistryTables {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: Dexie creates these properties from the schema at run time.
export class ShipReadyDatabase extends Dexie {
  constructor(name: string = databaseName) {
    super(name);
    declareVersions(this);
  }
}

/**
 * Opens the database and asks the browser not to evict it under storage pressure. The request is not
 * awaited: the answer changes nothing at start, and waiting on it delayed the first screen.
 */
export async function openDatabase(db: ShipReadyDatabase): Promise<void> {
  await db.open();
  navigator.storage?.persist?.().catch(() => {
    // Persistence is a request, not a promise; the app works without it.
  });
}
