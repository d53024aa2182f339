import { describe, expect, it } from 'vitest';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { createProjects, importRunsIntoProjects } from './bulk';

const run = (label: string, value: number) => ({
  label,
  ranOn: '2026-06-01',
  context: { model: 'local-8b' },
  metrics: [{ key: 'faithfulness', value }],
});

describe('bulk writes', () => {
  it('creates many projects with one project.created event each', async () => {
    const db = await freshDatabase();
    const result = await createProjects(db, [
      { draft: { title: 'RAG' }, milestones: [{ title: 'Index 50 docs' }] },
      { draft: { title: 'Agent', status: 'building' } },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((project) => project.title)).toEqual(['RAG', 'Agent']);
    expect(await db.milestones.count()).toBe(1);
    expect((await db.events.toArray()).map((event) => event.kind)).toEqual([
      'project.created',
      'project.created',
    ]);
  });

  it('writes no project when one draft is refused, and names which one', async () => {
    const db = await freshDatabase();
    const before = await rowCounts(db);
    const result = await createProjects(db, [{ draft: { title: 'RAG' } }, { draft: { title: '  ' } }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-project' } });
    if (!result.ok) expect(result.error.message).toMatch(/^projects\[1\]: title/);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('imports runs into many projects, or none when one batch is refused', async () => {
    const db = await freshDatabase();
    const projects = await createProjects(db, [{ draft: { title: 'A' } }, { draft: { title: 'B' } }]);
    if (!projects.ok) throw new Error('setup failed');
    const [a, b] = projects.value.map((project) => project.id);
    if (!a || !b) throw new Error('setup failed');
    const before = await rowCounts(db);
    const refused = await importRunsIntoProjects(db, [
      { projectId: a, drafts: [run('first', 0.7)] },
      { projectId: b, drafts: [run('', 0.7)] },
    ]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-run' } });
    expect(await rowCounts(db)).toEqual(before);

    const imported = await importRunsIntoProjects(db, [
      { projectId: a, drafts: [run('first', 0.7), run('second', 0.8)] },
      { projectId: b, drafts: [run('third', 0.9)] },
    ]);
    expect(imported.ok && imported.value.map((ids) => ids.length)).toEqual([2, 1]);
    expect(await db.evalRuns.count()).toBe(3);
    expect(await db.metrics.count()).toBe(3);
    expect(await db.events.where('kind').equals('eval-runs.imported').count()).toBe(2);
  });

  it('writes no run when a project is gone, and names it', async () => {
    const db = await freshDatabase();
    const projects = await createProjects(db, [{ draft: { title: 'A' } }]);
    if (!projects.ok) throw new Error('setup failed');
    const before = await rowCounts(db);
    const result = await importRunsIntoProjects(db, [
      { projectId: projects.value[0]?.id ?? '', drafts: [run('first', 0.7)] },
      { projectId: 'gone', drafts: [run('second', 0.7)] },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!result.ok) expect(result.error.message).toContain('gone');
    expect(await rowCounts(db)).toEqual(before);
  });
});
