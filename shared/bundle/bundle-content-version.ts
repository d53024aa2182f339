// Brings a bundle's progress, notes and resources from the curriculum version it was exported with to the
// app's, through the content's id map, so an older portfolio merges by today's item ids.

import { migrateProgress, pendingEntries } from '../content/migrate-ids';
import type { Curriculum } from '../content/schema';
import type { BundleRows } from '../domain/tables';

export function rowsAtCurrentContent(
  rows: BundleRows,
  curriculum: Curriculum,
  fromVersion: number,
): BundleRows {
  const entries = pendingEntries(curriculum.idMap, fromVersion);
  if (entries.length === 0) return rows;
  // Moved rows keep the newest time they had, so following the map never makes them win a merge.
  const times = [...rows.progress, ...rows.notes].map((row) => row.updatedAt).sort();
  const at = times.at(-1) ?? '2000-01-01T00:00:00.000Z';
  const migration = migrateProgress(entries, rows.progress, rows.notes, at);
  const retired = new Set(migration.retiredIds);
  /** Where an item id ends after every entry in order (a resource goes to the first part of a split). */
  const follow = (id: string) =>
    entries.reduce(
      (current, entry) => (entry.from.includes(current) ? (entry.to[0] ?? current) : current),
      id,
    );
  const replaced = (list: { itemId: string }[]) => new Set(list.map((row) => row.itemId));
  const newProgress = replaced(migration.progress);
  const newNotes = replaced(migration.notes);
  return {
    ...rows,
    progress: [
      ...rows.progress.filter((row) => !retired.has(row.itemId) && !newProgress.has(row.itemId)),
      ...migration.progress,
    ],
    notes: [
      ...rows.notes.filter((row) => !retired.has(row.itemId) && !newNotes.has(row.itemId)),
      ...migration.notes,
    ],
    resources: rows.resources.map((row) => ({ ...row, itemId: follow(row.itemId) })),
  };
}
