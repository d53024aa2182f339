// What a curriculum update changed for a person moving up from an older version, counted and in words.
import { pendingEntries } from './migrate-ids';
import type { ChangelogEntry, IdMapEntry } from './schema';

export interface ContentChanges {
  changed: number;
  moved: number;
  merged: number;
  split: number;
  added: number;
}

export function contentChangesSince(
  idMap: IdMapEntry[],
  changelog: ChangelogEntry[],
  fromVersion: number,
  toVersion: number,
): ContentChanges {
  const entries = pendingEntries(idMap, fromVersion).filter((entry) => entry.since <= toVersion);
  const notes = changelog.filter((entry) => entry.version > fromVersion && entry.version <= toVersion);
  // An item merged away counts once, under the entry that removed it.
  const count = (kind: IdMapEntry['kind']) =>
    entries.filter((entry) => entry.kind === kind).reduce((sum, entry) => sum + entry.from.length, 0);
  return {
    changed: new Set(notes.flatMap((entry) => entry.changed)).size,
    moved: count('moved'),
    merged: count('merged'),
    split: count('split'),
    added: new Set(notes.flatMap((entry) => entry.added)).size,
  };
}

/** "3 lessons changed, 1 merged, 4 new", or null when nothing a person would notice changed. */
export function describeContentChanges(changes: ContentChanges): string | null {
  const parts = [
    changes.changed > 0 ? `${changes.changed} ${changes.changed === 1 ? 'lesson' : 'lessons'} changed` : '',
    changes.merged > 0 ? `${changes.merged} merged` : '',
    changes.moved > 0 ? `${changes.moved} moved` : '',
    changes.split > 0 ? `${changes.split} split` : '',
    changes.added > 0 ? `${changes.added} new` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}
