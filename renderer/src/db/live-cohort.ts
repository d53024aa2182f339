// Tells the cohort's auto-publish when the portfolio changed: the newest event in the log, watched live.
import { liveQuery } from 'dexie';
import type { ShipReadyDatabase } from './database';
import { settingKeys } from './settings-keys';

/**
 * Calls `onChange` after each new event (every write that matters logs one). Returns the unsubscribe, and
 * `ready`, which resolves once the log's starting point is known (changes before it are not reported).
 */
export function watchPortfolioChanges(
  db: ShipReadyDatabase,
  onChange: () => void,
): { stop: () => void; ready: Promise<void> } {
  let last: number | undefined;
  let primed = () => {};
  const ready = new Promise<void>((resolveReady) => {
    primed = resolveReady;
  });
  const subscription = liveQuery(async () => (await db.events.orderBy('seq').last())?.seq ?? 0).subscribe({
    next: (seq) => {
      // The first answer is where the log stands at start: not a change.
      if (last !== undefined && seq !== last) onChange();
      last = seq;
      primed();
    },
    error: () => {}, // A closed database ends the watch; there is nothing left to publish then.
  });
  return { stop: () => subscription.unsubscribe(), ready };
}

export async function ownerName(db: ShipReadyDatabase): Promise<string> {
  const row = await db.settings.get(settingKeys.ownerName);
  return typeof row?.value === 'string' ? row.value : '';
}
