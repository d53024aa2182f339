// Live queries the pages read through; they re-render when the rows change. Undefined means loading.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Note, PersonalResource, ProgressEntry } from '../../../shared/domain/progress';
import type { ShipReadyDatabase } from './database';
import { useDatabase } from './database-context';
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

/** Whether two progress maps hold the same rows (rows are flat: a status, a reason, a note, a time). */
function sameProgress(a: Map<string, ProgressEntry>, b: Map<string, ProgressEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [itemId, row] of a) {
    const other = b.get(itemId);
    if (!other) return false;
    const keys = Object.keys(row) as (keyof ProgressEntry)[];
    if (keys.length !== Object.keys(other).length || keys.some((key) => row[key] !== other[key]))
      return false;
  }
  return true;
}

export function useProgressMap(): Map<string, ProgressEntry> | undefined {
  const db = useDatabase();
  const initial = primed?.db === db ? primed.map : undefined;
  return useLiveQuery(
    async () => {
      const map = await progressMapOf(db);
      const first = primed;
      primed = undefined;
      // The live query's first answer usually repeats the start-up read; keeping that map spares the first
      // screen a second full render (of every roadmap card) just before it is marked drawn.
      return first?.db === db && sameProgress(first.map, map) ? first.map : map;
    },
    [db],
    initial,
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
