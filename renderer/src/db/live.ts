// Live queries the pages read through; they re-render when the rows change. Undefined means loading.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useSyncExternalStore } from 'react';
import type { Note, PersonalResource, ProgressEntry } from '../../../shared/domain/progress';
import type { ShipReadyDatabase } from './database';
import { useDatabase } from './database-context';
import {
  pendingProgressVersion,
  storedProgressWrites,
  subscribePendingProgress,
  withPendingProgress,
} from './pending-progress';
import type { SettingKey } from './settings-keys';

const progressMapOf = async (db: ShipReadyDatabase) =>
  new Map((await db.progress.toArray()).map((row) => [row.itemId, row]));

let primed: { db: ShipReadyDatabase; map: Map<string, ProgressEntry> } | undefined;

/**
 * Reads progress once as soon as the database is open, so the first screen draws with it instead of
 * drawing "loading" and then again. The live query below takes over from this first answer, and the
 * answer is dropped then: a later visit must not start from progress as it was at start-up.
 */
export async function primeProgressMap(db: ShipReadyDatabase): Promise<void> {
  primed = { db, map: await progressMapOf(db) };
}

/** Whether two progress rows are the same (rows are flat: a status, a reason, a note, a time). */
function sameRow(row: ProgressEntry, other: ProgressEntry | undefined): boolean {
  if (!other) return false;
  const keys = Object.keys(row) as (keyof ProgressEntry)[];
  return keys.length === Object.keys(other).length && keys.every((key) => row[key] === other[key]);
}

/**
 * `next` with the row objects of `previous` wherever a row is unchanged; `previous` itself when nothing
 * changed. Memoised rows then redraw only for the item whose row changed, not the whole month.
 */
function keepUnchangedRows(
  previous: Map<string, ProgressEntry> | undefined,
  next: Map<string, ProgressEntry>,
): Map<string, ProgressEntry> {
  if (!previous) return next;
  let same = previous.size === next.size;
  for (const [itemId, row] of next) {
    const before = previous.get(itemId);
    if (before && sameRow(row, before)) next.set(itemId, before);
    else same = false;
  }
  return same ? previous : next;
}

/** Which stored writes each live answer includes (see pending-progress.ts). */
const readAfter = new WeakMap<Map<string, ProgressEntry>, number>();

/** Every item's progress row, live; a status being stored shows at once (pending-progress.ts). */
export function useProgressMap(): Map<string, ProgressEntry> | undefined {
  const db = useDatabase();
  const initial = primed?.db === db ? primed.map : undefined;
  const last = useRef<Map<string, ProgressEntry> | undefined>(initial);
  const live = useLiveQuery(
    async () => {
      const stored = storedProgressWrites();
      const first = primed;
      primed = undefined;
      // The live query's first answer usually repeats the start-up read; keeping that map spares the first
      // screen a second full render (of every roadmap card) just before it is marked drawn.
      const previous = last.current ?? (first?.db === db ? first.map : undefined);
      const map = keepUnchangedRows(previous, await progressMapOf(db));
      last.current = map;
      readAfter.set(map, Math.max(stored, readAfter.get(map) ?? 0));
      return map;
    },
    [db],
    initial,
  );
  const pendingVersion = useSyncExternalStore(subscribePendingProgress, pendingProgressVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means other pending rows.
  return useMemo(
    () => live && withPendingProgress(db, live, readAfter.get(live) ?? 0),
    [db, live, pendingVersion],
  );
}

export function useNote(itemId: string): Note | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.notes.get(itemId)) ?? null, [db, itemId]);
}

export function useAllNotes(): Note[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.notes.toArray(), [db]);
}

export function useResources(itemId: string): PersonalResource[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.resources.where('itemId').equals(itemId).sortBy('createdAt'), [db, itemId]);
}

/** Times of every logged change, oldest first: the activity calendar's input. */
export function useEventTimes(): string[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.events.toArray()).map((event) => event.at), [db]);
}

export function useSetting<T>(key: SettingKey): T | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => ((await db.settings.get(key))?.value as T | undefined) ?? null, [db, key]);
}
