import { describe, expect, it } from 'vitest';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import {
  addResource,
  deleteResource,
  restoreResource,
  saveNote,
  setProgress,
  updateResource,
} from './progress';

describe('progress repository', () => {
  it('records a status change and its event with from and to', async () => {
    const db = await freshDatabase();
    await setProgress(db, 'm1-async-basics', 'in-progress');
    await setProgress(db, 'm1-async-basics', 'done');
    expect(await db.progress.get('m1-async-basics')).toMatchObject({ status: 'done' });
    const events = await db.events.toArray();
    expect(events.map((event) => event.detail)).toEqual([
      { from: 'pending', to: 'in-progress' },
      { from: 'in-progress', to: 'done' },
    ]);
  });

  it('keeps the reason for a skip', async () => {
    const db = await freshDatabase();
    await setProgress(db, 'm4-lora', 'skipped', {
      reason: 'outside-evidence',
      note: 'DeepLearning.AI certificate',
    });
    expect(await db.progress.get('m4-lora')).toMatchObject({
      skipReason: 'outside-evidence',
      skipNote: 'DeepLearning.AI certificate',
    });
  });

  it('refuses a skip without a reason and writes nothing', async () => {
    const db = await freshDatabase();
    const before = await rowCounts(db);
    expect(await setProgress(db, 'm4-lora', 'skipped')).toMatchObject({
      ok: false,
      error: { code: 'skip-reason-required' },
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('saves a note with an event, and refuses one that is too long', async () => {
    const db = await freshDatabase();
    await saveNote(db, 'm2-chunking', 'Try 512 tokens with 10% overlap');
    expect((await db.notes.get('m2-chunking'))?.text).toBe('Try 512 tokens with 10% overlap');
    expect(await db.events.count()).toBe(1);
    const before = await rowCounts(db);
    expect((await saveNote(db, 'm2-chunking', 'x'.repeat(100_001))).ok).toBe(false);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('adds a personal resource with an event, and refuses one without a title', async () => {
    const db = await freshDatabase();
    const added = await addResource(db, { itemId: 'm2-chunking', title: 'My chunking notebook' });
    expect(added.ok).toBe(true);
    expect(await db.events.count()).toBe(1);
    const before = await rowCounts(db);
    const refused = await addResource(db, { itemId: 'm2-chunking', title: '  ' });
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.error.message).toContain('title');
    expect(await rowCounts(db)).toEqual(before);
  });

  it('edits a resource’s title and link, and refuses an empty title without changing it', async () => {
    const db = await freshDatabase();
    const added = await addResource(db, {
      itemId: 'm2-chunking',
      title: 'Notebok',
      url: 'https://example.com/a',
    });
    if (!added.ok) throw new Error(added.error.message);
    const edited = await updateResource(db, added.value.id, { title: ' My chunking notebook ' });
    expect(edited.ok).toBe(true);
    expect(await db.resources.get(added.value.id)).toEqual({
      id: added.value.id,
      itemId: 'm2-chunking',
      title: 'My chunking notebook',
      createdAt: added.value.createdAt,
    });
    const before = await rowCounts(db);
    const stored = await db.resources.get(added.value.id);
    expect(await updateResource(db, added.value.id, { title: '' })).toMatchObject({
      ok: false,
      error: { message: 'Give the resource a title.' },
    });
    expect(await rowCounts(db)).toEqual(before);
    expect(await db.resources.get(added.value.id)).toEqual(stored);
  });

  it('deletes a resource with an event, and Undo puts back the same row', async () => {
    const db = await freshDatabase();
    const added = await addResource(db, { itemId: 'm2-chunking', title: 'Pinecone guide' });
    if (!added.ok) throw new Error(added.error.message);
    const deleted = await deleteResource(db, added.value.id);
    if (!deleted.ok) throw new Error(deleted.error.message);
    expect(await db.resources.count()).toBe(0);
    expect((await db.events.toArray()).map((event) => event.kind)).toEqual([
      'resource.added',
      'resource.removed',
    ]);
    await restoreResource(db, deleted.value);
    expect(await db.resources.get(added.value.id)).toEqual(added.value);
    expect(await deleteResource(db, 'missing')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
