// The event log's kinds and times, for the activity calendar and streak (which count only study work).
import { useLiveQuery } from 'dexie-react-hooks';
import type { AppEvent } from '../../../shared/domain/events';
import { useDatabase } from './database-context';

export function useEventKindsAndTimes(): Pick<AppEvent, 'at' | 'kind'>[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (await db.events.toArray()).map((event) => ({ at: event.at, kind: event.kind })),
    [db],
  );
}
