// Live reads of the mentor reviews a student received, newest first.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewReceived } from '../../../shared/domain/records';
import { useDatabase } from './database-context';

export function useReceivedReviews(): ReviewReceived[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.reviews.orderBy('receivedAt').reverse().toArray(), [db]);
}
