// Live reads and the draft write of the mentor's review space (its own database, see review-space.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { type OpenedBundle, type ReviewDraft, reviewSpace } from './review-space';

/** Every opened bundle, the most recently opened first. */
export function useOpenedBundles(): OpenedBundle[] | undefined {
  return useLiveQuery(() => reviewSpace().bundles.orderBy('openedAt').reverse().toArray(), []);
}

/**
 * The bundle this window stored last, as the object it stored: the page that shows it next need not wait for
 * IndexedDB to read it back (a 10,000-project bundle: a structured clone of 12 MB and its garbage). One only.
 */
let lastStored: OpenedBundle | null = null;

/** One opened bundle; null when it is no longer in the review space. */
export function useOpenedBundle(hash: string): OpenedBundle | null | undefined {
  return useLiveQuery(async () => {
    const held = lastStored?.hash === hash ? lastStored : null;
    // Counting the key still watches the entry, so a removal here or in another window shows at once.
    if (held) return (await reviewSpace().bundles.where(':id').equals(hash).count()) > 0 ? held : null;
    return (await reviewSpace().bundles.get(hash)) ?? null;
  }, [hash]);
}

/** The mentor's saved draft for a bundle; null when none was saved yet. */
export function useStoredDraft(bundleHash: string): ReviewDraft | null | undefined {
  return useLiveQuery(async () => (await reviewSpace().drafts.get(bundleHash)) ?? null, [bundleHash]);
}

export async function saveDraft(draft: ReviewDraft): Promise<void> {
  await reviewSpace().drafts.put(draft);
}

/** Keeps a checked bundle in the review space; opening the same export again replaces its entry. */
export async function storeOpenedBundle(opened: OpenedBundle): Promise<void> {
  // Held before the write commits, so the query the commit wakes already finds it. Used only while an
  // entry with this hash (the same content) is in the database, so a failed write cannot show it.
  lastStored = opened;
  await reviewSpace().bundles.put(opened);
}

/** Takes a bundle out of the review space with its draft; returns both, so Undo can put them back. */
export async function removeOpenedBundle(
  hash: string,
): Promise<{ opened: OpenedBundle; draft: ReviewDraft | null } | null> {
  const space = reviewSpace();
  return space.transaction('rw', space.bundles, space.drafts, async () => {
    const opened = await space.bundles.get(hash);
    if (!opened) return null;
    const draft = (await space.drafts.get(hash)) ?? null;
    await space.bundles.delete(hash);
    await space.drafts.delete(hash);
    if (lastStored?.hash === hash) lastStored = null;
    return { opened, draft };
  });
}

/** Undo of `removeOpenedBundle`: the bundle and its draft as they were. */
export async function restoreOpenedBundle(removed: {
  opened: OpenedBundle;
  draft: ReviewDraft | null;
}): Promise<void> {
  const space = reviewSpace();
  await space.transaction('rw', space.bundles, space.drafts, async () => {
    await space.bundles.put(removed.opened);
    if (removed.draft) await space.drafts.put(removed.draft);
  });
}
