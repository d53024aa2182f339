// Gives components the open database; tests pass their own.
import { createContext, type ReactNode, useContext } from 'react';
import type { ShipReadyDatabase } from './database';

const DatabaseContext = createContext<ShipReadyDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: ShipReadyDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): ShipReadyDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase needs a DatabaseProvider above it.');
  return db;
}
