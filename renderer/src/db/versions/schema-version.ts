// One step of the schema's version ladder: the tables it declares (null removes one) and, when existing
// rows must change, the upgrade that rewrites them inside Dexie's upgrade transaction.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Only the tables this version adds or changes; Dexie keeps the others as they were. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
