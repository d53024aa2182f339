// Live reads of the review queue: every stored card state and the whole review log. Undefined while loading.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewCardState, ReviewLogRow } from '../../../shared/domain/review-cards';
import { useDatabase } from './database-context';

export interface ReviewRecords {
  cards: ReviewCardState[];
  log: ReviewLogRow[];
}

export function useReviewRecords(): ReviewRecords | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.transaction('r', db.reviewCards, db.reviewLog, async () => ({
        cards: await db.reviewCards.toArray(),
        log: await db.reviewLog.toArray(),
      })),
    [db],
  );
}
