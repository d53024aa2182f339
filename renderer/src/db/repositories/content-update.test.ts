import { describe, expect, it } from 'vitest';
import type { IdMapEntry } from '../../../../shared/content/schema';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { settingKeys } from '../settings-keys';
import { applyContentUpdate, contentUpdatePending } from './content-update';
import { addResource, saveNote, setProgress } from './progress';

const update: IdMapEntry[] = [
  { kind: 'moved', from: ['m1-async-basics'], to: ['m1-async-python'], since: 2 },
  { kind: 'split', from: ['m2-retrieval'], to: ['m2-dense-retrieval', 'm2-sparse-retrieval'], since: 2 },
  { kind: 'merged', from: ['m3-tools-a', 'm3-tools-b'], to: ['m3-tool-design'], since: 2 },
];

async function personOnVersion1() {
  const db = await freshDatabase();
  await applyContentUpdate(db, 1, []);
  await setProgress(db, 'm1-async-basics', 'done');
  await saveNote(db, 'm1-async-basics', 'semaphore of 20');
  await addResource(db, { itemId: 'm1-async-basics', title: 'My gist' });
  await setProgress(db, 'm2-retrieval', 'in-progress');
  await saveNote(db, 'm2-retrieval', 'BM25 misses synonyms');
  await setProgress(db, 'm3-tools-a', 'done');
  await setProgress(db, 'm3-tools-b', 'in-progress');
  await saveNote(db, 'm3-tools-a', 'narrow tools');
  await saveNote(db, 'm3-tools-b', 'clear errors');
  await setProgress(db, 'm5-untouched', 'skipped', { reason: 'already-known' });
  return db;
}

describe('applyContentUpdate', () => {
  it('records the content version on first start without touching anything', async () => {
    const db = await freshDatabase();
    expect(await applyContentUpdate(db, 1, update)).toEqual({
      from: 1,
      to: 1,
      movedRows: 0,
      changes: { changed: 0, moved: 0, merged: 0, split: 0, added: 0 },
    });
    expect((await db.settings.get(settingKeys.contentVersion))?.value).toBe(1);
    expect(await contentUpdatePending(db, 1, update)).toBe(false);
  });

  it('moves progress, notes and resources along renames, splits and merges', async () => {
    const db = await personOnVersion1();
    expect(await contentUpdatePending(db, 2, update)).toBe(true);
    const result = await applyContentUpdate(db, 2, update);
    expect(result?.from).toBe(1);

    const status = async (id: string) => (await db.progress.get(id))?.status;
    const note = async (id: string) => (await db.notes.get(id))?.text;
    // Renamed: everything follows.
    expect(await status('m1-async-python')).toBe('done');
    expect(await note('m1-async-python')).toBe('semaphore of 20');
    expect((await db.resources.toArray()).map((r) => r.itemId)).toEqual(['m1-async-python']);
    // Split: every part keeps the status; the note goes to the first part.
    expect(await status('m2-dense-retrieval')).toBe('in-progress');
    expect(await status('m2-sparse-retrieval')).toBe('in-progress');
    expect(await note('m2-dense-retrieval')).toBe('BM25 misses synonyms');
    // Merged: started but not all done, so in progress; both notes kept, labelled.
    expect(await status('m3-tool-design')).toBe('in-progress');
    expect(await note('m3-tool-design')).toBe(
      'From m3-tools-a:\nnarrow tools\n\nFrom m3-tools-b:\nclear errors',
    );
    // Old ids are gone; untouched items are untouched.
    for (const old of ['m1-async-basics', 'm2-retrieval', 'm3-tools-a', 'm3-tools-b']) {
      expect(await db.progress.get(old)).toBeUndefined();
      expect(await db.notes.get(old)).toBeUndefined();
    }
    expect(await db.progress.get('m5-untouched')).toMatchObject({
      status: 'skipped',
      skipReason: 'already-known',
    });
    expect((await db.settings.get(settingKeys.contentVersion))?.value).toBe(2);
    expect(await db.events.where('kind').equals('content.migrated').toArray()).toHaveLength(1);
  });

  it('runs once: a second start on the same version changes nothing', async () => {
    const db = await personOnVersion1();
    await applyContentUpdate(db, 2, update);
    const before = await db.progress.toArray();
    expect(await applyContentUpdate(db, 2, update)).toBeNull();
    expect(await db.progress.toArray()).toEqual(before);
  });

  it('marks a merged item done only when every part was done', async () => {
    const db = await freshDatabase();
    await applyContentUpdate(db, 1, []);
    await setProgress(db, 'm3-tools-a', 'done');
    await setProgress(db, 'm3-tools-b', 'done');
    await applyContentUpdate(db, 2, update);
    expect((await db.progress.get('m3-tool-design'))?.status).toBe('done');
  });

  it('merges into an item that already exists without losing its own progress, and counts the changes', async () => {
    const db = await freshDatabase();
    await applyContentUpdate(db, 1, []);
    await setProgress(db, 'm1-embeddings', 'done');
    await setProgress(db, 'm2-embeddings', 'in-progress');
    await saveNote(db, 'm2-embeddings', 'own note');
    const result = await applyContentUpdate(
      db,
      2,
      [{ kind: 'merged', from: ['m1-embeddings'], to: ['m2-embeddings'], since: 2 }],
      [{ version: 2, changed: ['m2-embeddings', 'm6-costs'], added: ['m1-sse', 'm3-context', 'm1-t-sse'] }],
    );
    expect(result?.changes).toEqual({ changed: 2, moved: 0, merged: 1, split: 0, added: 3 });
    // done + in-progress is in progress: the merged lesson holds material the person has not finished.
    expect((await db.progress.get('m2-embeddings'))?.status).toBe('in-progress');
    expect(await db.progress.get('m1-embeddings')).toBeUndefined();
    expect((await db.notes.get('m2-embeddings'))?.text).toBe('own note');
  });
});
