// Writes curriculum progress, notes and personal resources, each with its event.
import type {
  Note,
  PersonalResource,
  ProgressEntry,
  ProgressStatus,
  SkipReason,
} from '../../../../shared/domain/progress';
import { type AppError, fail, ok, type Result } from '../../../../shared/result';
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

/** Where a person stands on one item; undefined when they never changed it. */
export async function getProgress(db: ShipReadyDatabase, itemId: string): Promise<ProgressEntry | undefined> {
  return db.progress.get(itemId);
}

/** The row `setProgress` stores for a status (and, when skipping, its reason and note). */
export function progressRow(
  itemId: string,
  status: ProgressStatus,
  skip: { reason: SkipReason; note?: string } | undefined,
  at: string = nowIso(),
): ProgressEntry {
  return {
    itemId,
    status,
    ...(status === 'skipped' && skip ? { skipReason: skip.reason, skipNote: skip.note } : {}),
    updatedAt: at,
  };
}

/**
 * Stores an item's status with its event, stamped `at` (now unless given); hands back the row it replaced
 * (undefined: none), for Undo.
 */
export async function setProgress(
  db: ShipReadyDatabase,
  itemId: string,
  status: ProgressStatus,
  skip?: { reason: SkipReason; note?: string },
  at: string = nowIso(),
): Promise<Result<ProgressEntry | undefined>> {
  if (status === 'skipped' && !skip)
    return fail('skip-reason-required', 'Say why you are skipping this item.');
  const row = progressRow(itemId, status, skip, at);
  const before = await db.transaction('rw', db.progress, db.events, async () => {
    const before = await db.progress.get(itemId);
    await db.progress.put(row);
    await appendEvent(
      db,
      'progress.changed',
      itemId,
      { from: before?.status ?? 'pending', to: status },
      row.updatedAt,
    );
    return before;
  });
  return ok(before);
}

/** What a note save found when the stored note is no longer the one the editor started from. */
export interface NoteConflict {
  code: 'changed-elsewhere';
  message: string;
  /** The note as another window (or a restore) left it; null when it was removed. */
  current: Note | null;
}

export type NoteSave = { ok: true; value: Note } | { ok: false; error: AppError | NoteConflict };

/**
 * Saves a note. With `basedOn` (the `updatedAt` of the note the text was typed over, null for none), the
 * stored row is checked first inside the transaction: when another window or a restore changed it since,
 * nothing is written and the current row comes back, so a stale copy never replaces newer text.
 */
export async function saveNote(
  db: ShipReadyDatabase,
  itemId: string,
  text: string,
  basedOn?: { updatedAt: string | null },
): Promise<NoteSave> {
  if (text.length > 100_000) return fail('note-too-long', 'Notes are limited to 100,000 characters.');
  return db.transaction('rw', db.notes, db.events, async (): Promise<NoteSave> => {
    const current = (await db.notes.get(itemId)) ?? null;
    if (basedOn && (current?.updatedAt ?? null) !== basedOn.updatedAt) {
      if (current?.text === text) return ok(current);
      return {
        ok: false,
        error: { code: 'changed-elsewhere', message: 'This note was changed in another window.', current },
      };
    }
    // Never the same stamp as the row it replaces, so every window sees the change.
    let at = nowIso();
    if (current && at <= current.updatedAt) at = new Date(Date.parse(current.updatedAt) + 1).toISOString();
    const note: Note = { itemId, text, updatedAt: at };
    await db.notes.put(note);
    await appendEvent(db, 'note.saved', itemId, { length: text.length }, at);
    return ok(note);
  });
}

export async function addResource(
  db: ShipReadyDatabase,
  input: Omit<PersonalResource, 'id' | 'createdAt'>,
): Promise<Result<PersonalResource>> {
  if (input.title.trim() === '') return fail('invalid-resource', 'Give the resource a title.');
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

/** Changes a resource's title or link; the same checks as adding one. */
export async function updateResource(
  db: ShipReadyDatabase,
  resourceId: string,
  input: { title: string; url?: string | undefined },
): Promise<Result<PersonalResource>> {
  if (input.title.trim() === '') return fail('invalid-resource', 'Give the resource a title.');
  return db.transaction('rw', db.resources, db.events, async () => {
    const before = await db.resources.get(resourceId);
    if (!before) return fail('not-found', 'That resource no longer exists.');
    const { url: _, ...rest } = before;
    const next: PersonalResource = {
      ...rest,
      title: input.title.trim(),
      ...(input.url ? { url: input.url } : {}),
    };
    await db.resources.put(next);
    await appendEvent(db, 'resource.added', next.itemId, { resourceId, edited: true });
    return ok(next);
  });
}

/** Removes a resource and hands back the row, for Undo. */
export async function deleteResource(
  db: ShipReadyDatabase,
  resourceId: string,
): Promise<Result<PersonalResource>> {
  return db.transaction('rw', db.resources, db.events, async () => {
    const resource = await db.resources.get(resourceId);
    if (!resource) return fail('not-found', 'That resource no longer exists.');
    await db.resources.delete(resourceId);
    await appendEvent(db, 'resource.removed', resource.itemId, { resourceId });
    return ok(resource);
  });
}

/** Puts a deleted resource back as it was (Undo). */
export async function restoreResource(db: ShipReadyDatabase, resource: PersonalResource): Promise<void> {
  await db.transaction('rw', db.resources, db.events, async () => {
    await db.resources.put(resource);
    await appendEvent(db, 'resource.added', resource.itemId, { resourceId: resource.id, restored: true });
  });
}
