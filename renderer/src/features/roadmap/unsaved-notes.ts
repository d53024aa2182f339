// A note's text kept in localStorage while the window hides or closes: written synchronously, so it
// survives a close that cuts the database save short, and saved by the next window that opens the note.

const keyPrefix = 'shipready.unsavedNote.' as const;

export interface UnsavedNote {
  text: string;
  /** The `updatedAt` of the stored note the text was typed over; null when there was none. */
  basedOn: string | null;
}

const keyOf = (itemId: string) => `${keyPrefix}${itemId}`;

export function keepUnsavedNote(itemId: string, note: UnsavedNote): void {
  try {
    localStorage.setItem(keyOf(itemId), JSON.stringify(note));
  } catch {
    // Storage full or disabled: the database save that runs alongside is then the only copy.
  }
}

export function readUnsavedNote(itemId: string): UnsavedNote | null {
  try {
    const raw = localStorage.getItem(keyOf(itemId));
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { text, basedOn } = parsed as Record<string, unknown>;
    if (typeof text !== 'string' || (basedOn !== null && typeof basedOn !== 'string')) return null;
    return { text, basedOn };
  } catch {
    return null;
  }
}

/** Forgets the kept text once the database holds it (only if it is still the text that was saved). */
export function forgetUnsavedNote(itemId: string, savedText: string): void {
  try {
    if (readUnsavedNote(itemId)?.text === savedText) localStorage.removeItem(keyOf(itemId));
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}
