// Writes curriculum progress, notes and personal resources, each with its event.
import type {
  PersonalResource,
  ProgressEntry,
  ProgressStatus,
  SkipReason,
} from '../../../../shared/domain/progress';
import { fail, ok, type Result } from '../../../../shared/result';
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

/** Where a person stands on one item; undefined when they never changed it. */
export async function getProgress(db: ShipReadyDatabase, itemId: string): Promise<ProgressEntry | undefined> {
  return db.progress.get(itemId);
}

export async function setProgress(
  db: ShipReadyDatabase,
  itemId: string,
  status: ProgressStatus,
  skip?: { reason: SkipReason; note?: string },
): Promise<Result<void>> {
  if (status === 'skipped' && !skip)
    return fail('skip-reason-required', 'Say why you are skipping this item.');
  const at = nowIso();
  await db.transaction('rw', db.progress, db.events, async () => {
    const before = await db.progress.get(itemId);
    await db.progress.put({
      itemId,
      status,
      ...(status === 'skipped' && skip ? { skipReason: skip.reason, skipNote: skip.note } : {}),
      updatedAt: at,
    });
    await appendEvent(db, 'progress.changed', itemId, { from: before?.status ?? 'pending', to: status }, at);
  });
  return ok(undefined);
}

export async function saveNote(db: ShipReadyDatabase, itemId: string, text: string): Promise<Result<void>> {
  if (text.length > 100_000) return fail('note-too-long', 'Notes are limited to 100,000 characters.');
  const at = nowIso();
  await db.transaction('rw', db.notes, db.events, async () => {
    await db.notes.put({ itemId, text, updatedAt: at });
    await appendEvent(db, 'note.saved', itemId, { length: text.length }, at);
  });
  return ok(undefined);
}

export async function addResource(
  db: ShipReadyDatabase,
  input: Omit<PersonalResource, 'id' | 'createdAt'>,
): Promise<Result<PersonalResource>> {
  if (input.title.trim() === '') return fail('invalid-resource', 'title: a resource needs a title.');
  const resource: PersonalResource = {
    ...input,
    title: input.title.trim(),
    id: newId(),
    createdAt: nowIso(),
  };
  await db.transaction('rw', db.resources, db.events, async () => {
    await db.resources.add(resource);
    await appendEvent(db, 'resource.added', resource.itemId, { resourceId: resource.id }, resource.createdAt);
  });
  return ok(resource);
}
