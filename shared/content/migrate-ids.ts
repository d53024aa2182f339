// Carries a person's progress and notes across a curriculum update, following the content's id map.
import type { Note, ProgressEntry, ProgressStatus } from '../domain/progress';
import type { IdMapEntry } from './schema';

export interface ProgressMigration {
  /** Rows to write (keyed by their new item id). */
  progress: ProgressEntry[];
  notes: Note[];
  /** Old item ids whose rows should be removed once the new rows are written. */
  retiredIds: string[];
}

const advancement: Record<ProgressStatus, number> = { pending: 0, skipped: 1, 'in-progress': 2, done: 3 };

/** A merged item is done only when every part was; started if any part was started or done. */
function mergedStatus(parts: ProgressEntry[]): ProgressEntry {
  const sorted = [...parts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const newest = sorted[0] as ProgressEntry;
  const statuses = parts.map((part) => part.status);
  let status: ProgressStatus;
  if (statuses.every((s) => s === 'done')) status = 'done';
  else if (statuses.every((s) => s === 'skipped')) status = 'skipped';
  else if (statuses.some((s) => advancement[s] >= advancement['in-progress'])) status = 'in-progress';
  else status = 'pending';
  const skip = parts.find((part) => part.status === 'skipped');
  return {
    ...newest,
    status,
    ...(status === 'skipped' && skip ? { skipReason: skip.skipReason, skipNote: skip.skipNote } : {}),
  };
}

/** Entries that apply when moving from `fromVersion` to the current content. */
export function pendingEntries(idMap: IdMapEntry[], fromVersion: number): IdMapEntry[] {
  return idMap.filter((entry) => entry.since > fromVersion).sort((a, b) => a.since - b.since);
}

export function migrateProgress(
  entries: IdMapEntry[],
  progress: ProgressEntry[],
  notes: Note[],
  at: string,
): ProgressMigration {
  let rows = new Map(progress.map((row) => [row.itemId, row]));
  let texts = new Map(notes.map((note) => [note.itemId, note]));
  const retired = new Set<string>();
  for (const entry of entries) {
    const nextRows = new Map(rows);
    const nextTexts = new Map(texts);
    const oldRows = entry.from
      .map((id) => rows.get(id))
      .filter((row): row is ProgressEntry => row !== undefined);
    // Merging into an item that already exists: its own progress is one of the parts, not overwritten.
    const kept =
      entry.kind === 'merged' && oldRows.length > 0
        ? entry.to.map((id) => rows.get(id)).filter((row): row is ProgressEntry => row !== undefined)
        : [];
    oldRows.push(...kept);
    const oldNotes = entry.from.map((id) => texts.get(id)).filter((note): note is Note => note !== undefined);
    for (const id of entry.from) {
      nextRows.delete(id);
      nextTexts.delete(id);
      retired.add(id);
    }
    if (oldRows.length > 0) {
      const combined = oldRows.length === 1 ? (oldRows[0] as ProgressEntry) : mergedStatus(oldRows);
      // A split item carries its status to every part: the person studied all of it.
      for (const id of entry.to) nextRows.set(id, { ...combined, itemId: id, updatedAt: at });
    }
    if (oldNotes.length > 0) {
      const text =
        oldNotes.length === 1
          ? (oldNotes[0] as Note).text
          : oldNotes.map((note) => `From ${note.itemId}:\n${note.text}`).join('\n\n');
      const target = entry.to[0] as string;
      const existing = nextTexts.get(target);
      nextTexts.set(target, {
        itemId: target,
        text: existing ? `${existing.text}\n\n${text}` : text,
        updatedAt: at,
      });
    }
    rows = nextRows;
    texts = nextTexts;
  }
  for (const id of rows.keys()) retired.delete(id);
  const changed = (row: { itemId: string; updatedAt: string }) => row.updatedAt === at;
  return {
    progress: [...rows.values()].filter(changed),
    notes: [...texts.values()].filter(changed),
    retiredIds: [...retired],
  };
}
