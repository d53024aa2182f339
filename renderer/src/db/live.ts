// Live queries the pages read through; they re-render when the rows change.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../shared/domain/projects';
import { useDatabase } from './database-context';

/** Active projects, newest first; undefined while loading. */
export function useActiveProjects(): Project[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () =>
      (await db.projects.orderBy('updatedAt').reverse().toArray()).filter((project) => !project.archivedAt),
    [db],
  );
}
