// Applies a curriculum update to a person's data: progress, notes and resources follow the id map,
// all in one transaction, logged as one event. The caller writes a backup first.

import { type ContentChanges, contentChangesSince } from '../../../../shared/content/describe-changes';
import { migrateProgress, pendingEntries } from '../../../../shared/content/migrate-ids';
import type { ChangelogEntry, IdMapEntry } from '../../../../shared/content/schema';
import type { ShipReadyDatabase } from '../database';
import { settingKeys } from '../settings-keys';
import { appendEvent } from './events';
import { nowIso } from './ids';

export interface ContentUpdateResult {
  from: number;
  to: number;
  movedRows: number;
  /** What changed between the stored version and this one; all zero on a first start. */
  changes: ContentChanges;
}

const nothingChanged: ContentChanges = { changed: 0, moved: 0, merged: 0, split: 0, added: 0 };

export async function storedContentVersion(db: ShipReadyDatabase): Promise<number | undefined> {
  const row = await db.settings.get(settingKeys.contentVersion);
  return typeof row?.value === 'number' ? row.value : undefined;
}

/** True when the stored data predates the content and an id map entry applies to it. */
export async function contentUpdatePending(
  db: ShipReadyDatabase,
  contentVersion: number,
  idMap: IdMapEntry[],
) {
  const stored = await storedContentVersion(db);
  return stored !== undefined && stored < contentVersion && pendingEntries(idMap, stored).length > 0;
}

export async function applyContentUpdate(
  db: ShipReadyDatabase,
  contentVersion: number,
  idMap: IdMapEntry[],
  changelog: ChangelogEntry[] = [],
): Promise<ContentUpdateResult | null> {
  const at = nowIso();
  return db.transaction('rw', [db.progress, db.notes, db.resources, db.settings, db.events], async () => {
    const stored = await storedContentVersion(db);
    if (stored !== undefined && stored >= contentVersion) return null;
    const entries = stored === undefined ? [] : pendingEntries(idMap, stored);
    const changes =
      stored === undefined ? nothingChanged : contentChangesSince(idMap, changelog, stored, contentVersion);
    let movedRows = 0;
    if (entries.length > 0) {
      const migration = migrateProgress(entries, await db.progress.toArray(), await db.notes.toArray(), at);
      await db.progress.bulkDelete(migration.retiredIds);
      await db.notes.bulkDelete(migration.retiredIds);
      await db.progress.bulkPut(migration.progress);
      await db.notes.bulkPut(migration.notes);
      const target = new Map(entries.flatMap((entry) => entry.from.map((id) => [id, entry.to[0] as string])));
      const resources = await db.resources
        .where('itemId')
        .anyOf([...target.keys()])
        .toArray();
      for (const resource of resources) {
        const itemId = target.get(resource.itemId);
        if (itemId !== undefined) await db.resources.update(resource.id, { itemId });
      }
      movedRows = migration.progress.length + migration.notes.length + resources.length;
      await appendEvent(
        db,
        'content.migrated',
        `content-v${contentVersion}`,
        { from: stored, to: contentVersion, movedRows, changes },
        at,
      );
    }
    await db.settings.put({ key: settingKeys.contentVersion, value: contentVersion, updatedAt: at });
    return { from: stored ?? contentVersion, to: contentVersion, movedRows, changes };
  });
}
