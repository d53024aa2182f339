// Live reads of stored LLM feedback and graded answers.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Feedback } from '../../../shared/domain/records';
import { useDatabase } from './database-context';

/** Every mock-interview row (answers and their grades), re-read when one is added; undefined while loading. */
export function useMockInterviewRows(): Feedback[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.feedback.where('kind').equals('mock-interview').toArray(), [db]);
}
