import { describe, expect, it } from 'vitest';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { archiveProject, createProject } from './projects';

describe('projects repository', () => {
  it('creates a project and appends a project.created event in the same write', async () => {
    const db = await freshDatabase();
    const result = await createProject(db, {
      title: '  Support-docs RAG  ',
      summary: 'Answers from 60 docs',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ title: 'Support-docs RAG', status: 'idea', skills: [], links: [] });
    expect(await db.projects.get(result.value.id)).toEqual(result.value);
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'project.created', entityId: result.value.id });
  });

  it.each([
    [{ title: '' }, 'title'],
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ title: 'ok', status: 'finished' as never }, 'status'],
    [{ title: 'ok', summary: 'y'.repeat(5001) }, 'summary'],
  ])('refuses %j naming the field and writes nothing', async (draft, field) => {
    const db = await freshDatabase();
    const before = await rowCounts(db);
    const result = await createProject(db, draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(field);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('archives a project with an event, and says so when the project is gone', async () => {
    const db = await freshDatabase();
    const created = await createProject(db, { title: 'Agent' });
    if (!created.ok) throw new Error('setup failed');
    expect(await archiveProject(db, created.value.id)).toEqual({ ok: true, value: undefined });
    expect((await db.projects.get(created.value.id))?.archivedAt).toBeDefined();
    expect((await db.events.toArray()).map((event) => event.kind)).toEqual([
      'project.created',
      'project.archived',
    ]);
    const missing = await archiveProject(db, 'no-such-id');
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await db.events.count()).toBe(2);
  });
});
