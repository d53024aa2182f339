import { describe, expect, it } from 'vitest';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { archiveProject, createProject, deleteProject, restoreProject, updateProject } from './projects';

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

describe('project edits, delete and restore', () => {
  it('updates details and refuses a non-https link or a ship date before the start', async () => {
    const db = await freshDatabase();
    const created = await createProject(db, { title: 'RAG' });
    if (!created.ok) throw new Error('setup failed');
    const id = created.value.id;
    const saved = await updateProject(db, id, {
      title: 'RAG v2',
      status: 'shipped',
      links: [{ label: 'Repository', url: 'https://github.com/me/rag' }],
      startedOn: '2026-10-01',
      shippedOn: '2026-11-01',
      postmortem: 'Chunking was the bottleneck.',
    });
    expect(saved.ok).toBe(true);
    const before = await rowCounts(db);
    const badLink = await updateProject(db, id, {
      title: 'x',
      links: [{ label: 'Repo', url: 'javascript:alert(1)' }],
    });
    const badDates = await updateProject(db, id, {
      title: 'x',
      startedOn: '2026-11-02',
      shippedOn: '2026-11-01',
    });
    expect(badLink.ok || badDates.ok).toBe(false);
    if (!badLink.ok) expect(badLink.error.message).toContain('links.0.url');
    if (!badDates.ok) expect(badDates.error.message).toContain('shippedOn');
    expect(await rowCounts(db)).toEqual(before);
    expect((await db.projects.get(id))?.title).toBe('RAG v2');
  });

  it('deletes a project with everything it owns, and restores it exactly', async () => {
    const db = await freshDatabase();
    const created = await createProject(db, { title: 'RAG' }, [{ title: 'Index 50 docs' }]);
    if (!created.ok) throw new Error('setup failed');
    const id = created.value.id;
    await db.evalRuns.add({
      id: 'r1',
      projectId: id,
      label: 'b',
      ranOn: '2026-11-01',
      context: {},
      createdAt: 'x',
      updatedAt: 'x',
    });
    await db.metrics.add({ id: 'm1', runId: 'r1', projectId: id, key: 'faithfulness', value: 0.8 });
    const snapshot = async () => ({
      projects: await db.projects.toArray(),
      milestones: await db.milestones.toArray(),
      runs: await db.evalRuns.toArray(),
      metrics: await db.metrics.toArray(),
    });
    const before = await snapshot();
    const deleted = await deleteProject(db, id);
    if (!deleted.ok) throw new Error('delete failed');
    expect(await db.projects.count()).toBe(0);
    expect(await db.metrics.count()).toBe(0);
    await restoreProject(db, deleted.value);
    expect(await snapshot()).toEqual(before);
  });
});

describe('two windows editing one project', () => {
  it('writes only the changed fields, and refuses a save over a row changed since, returning it', async () => {
    const db = await freshDatabase();
    const created = await createProject(db, { title: 'RAG', summary: 'first summary' });
    if (!created.ok) throw new Error('setup failed');
    const opened = created.value;
    // Window B changes the title; window A, opened before, changes only the summary.
    const inB = await updateProject(db, opened.id, { title: 'RAG, renamed in B' }, opened.updatedAt);
    expect(inB.ok).toBe(true);
    const before = await rowCounts(db);
    const stale = await updateProject(db, opened.id, { summary: 'summary from A' }, opened.updatedAt);
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('changed-elsewhere');
    expect(stale.error.message).toBe('This project was changed in another window.');
    expect('current' in stale.error && stale.error.current.title).toBe('RAG, renamed in B');
    expect(await rowCounts(db)).toEqual(before);

    // Saved over the row it now knows, A's summary lands and B's title stays.
    if (!inB.ok || !('current' in stale.error)) return;
    const resaved = await updateProject(
      db,
      opened.id,
      { summary: 'summary from A' },
      stale.error.current.updatedAt,
    );
    expect(resaved.ok).toBe(true);
    expect(await db.projects.get(opened.id)).toMatchObject({
      title: 'RAG, renamed in B',
      summary: 'summary from A',
    });
  });
});
