// Every personal resource, for the roadmap search (which also finds resources by title and address).
import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonalResource } from '../../../shared/domain/progress';
import { useDatabase } from './database-context';

export function useAllResources(): PersonalResource[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.resources.toArray(), [db]);
}
