// A status change shown while IndexedDB stores it: the progress map carries the row as asked from the click
// on, instead of after the write and the live query's read back (two round trips, 25-35 ms of a click).
// A write that fails takes its row away again, and its caller says why; a row that was never stored is
// never shown without that message. A stored row leaves once a live read holds it (or something newer), or
// a live read that started after it was stored answers (a restore may have put an older row back).
import type { ProgressEntry, ProgressStatus, SkipReason } from '../../../shared/domain/progress';
import type { Result } from '../../../shared/result';
import type { ShipReadyDatabase } from './database';
import { progressRow, setProgress } from './repositories/progress';

interface Pending {
  db: ShipReadyDatabase;
  row: ProgressEntry;
  /** Which write finished storing it (1, 2, …); undefined while the write runs. */
  stored?: number;
}

const pending = new Map<string, Pending>();
const listeners = new Set<() => void>();
let storedWrites = 0;
let version = 0;

function changed() {
  version += 1;
  for (const listener of listeners) listener();
}

export function subscribePendingProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever a pending row is added or taken away (for useSyncExternalStore). */
export const pendingProgressVersion = (): number => version;

/** Taken as a live read of progress starts: every write stored by then is in what it reads. */
export const storedProgressWrites = (): number => storedWrites;

/**
 * `live` with the rows still being stored in place of what it holds; `readAfter` is what
 * `storedProgressWrites()` said as the read that made `live` started. The same map when nothing applies.
 */
export function withPendingProgress(
  db: ShipReadyDatabase,
  live: Map<string, ProgressEntry>,
  readAfter: number,
): Map<string, ProgressEntry> {
  let merged: Map<string, ProgressEntry> | undefined;
  for (const [itemId, entry] of pending) {
    if (entry.db !== db) continue;
    if (entry.stored !== undefined) {
      const liveRow = live.get(itemId);
      if (entry.stored <= readAfter || (liveRow && liveRow.updatedAt >= entry.row.updatedAt)) continue;
    }
    merged ??= new Map(live);
    merged.set(itemId, entry.row);
  }
  return merged ?? live;
}

/**
 * `setProgress`, with the new row in every progress map at once. On a refusal or an error the row is taken
 * back before the result (or the error) reaches the caller, which must show it.
 */
export async function setProgressShownAtOnce(
  db: ShipReadyDatabase,
  itemId: string,
  status: ProgressStatus,
  skip?: { reason: SkipReason; note?: string },
): Promise<Result<ProgressEntry | undefined>> {
  // A skip without a reason is refused before anything is shown.
  if (status === 'skipped' && !skip) return setProgress(db, itemId, status, skip);
  const entry: Pending = { db, row: progressRow(itemId, status, skip) };
  pending.set(itemId, entry);
  changed();
  const takeBack = () => {
    if (pending.get(itemId) !== entry) return; // A later change of the same item replaced it.
    pending.delete(itemId);
    changed();
  };
  try {
    const result = await setProgress(db, itemId, status, skip, entry.row.updatedAt);
    if (result.ok) {
      storedWrites += 1;
      entry.stored = storedWrites;
    } else takeBack();
    return result;
  } catch (error) {
    takeBack();
    throw error;
  }
}
