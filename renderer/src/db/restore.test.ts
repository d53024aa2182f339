import { describe, expect, it } from 'vitest';
import { freshDatabase, rowCounts } from '../../../tests/fixtures/test-database';
import { dumpAllTables } from './raw-dump';
import { saveNote, setProgress } from './repositories/progress';
import { createProject } from './repositories/projects';
import { checkDump, restoreDump, restorePreview } from './restore';

describe('backup and restore', () => {
  it('restores exactly what was backed up, replacing what came after', async () => {
    const db = await freshDatabase();
    await createProject(db, { title: 'RAG' });
    await setProgress(db, 'm1-a', 'done');
    await saveNote(db, 'm1-a', 'semaphore');
    const backup = JSON.stringify(await dumpAllTables(db));
    const before = await dumpAllTables(db);
    await createProject(db, { title: 'Later project' });
    await setProgress(db, 'm1-a', 'pending');
    const checked = checkDump(db, backup);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    await restoreDump(db, checked.dump);
    const after = await dumpAllTables(db);
    expect(after.tables).toEqual(before.tables);
  });

  it.each([
    ['not JSON', '{nope', 'file'],
    ['another format', '{"format": "zip"}', 'format'],
    [
      'a newer schema',
      '{"format": "shipready-raw-dump", "schemaVersion": 99, "tables": {}}',
      'schemaVersion',
    ],
    [
      'an unknown table',
      '{"format": "shipready-raw-dump", "schemaVersion": 1, "tables": {"passwords": []}}',
      'tables.passwords',
    ],
    [
      'a row without its key',
      '{"format": "shipready-raw-dump", "schemaVersion": 1, "tables": {"projects": [{"title": "x"}]}}',
      'tables.projects[0].id',
    ],
    [
      'a key written twice in one row',
      '{"format": "shipready-raw-dump", "schemaVersion": 1, "tables": {"settings": [{"key": "plan.hoursPerWeek", "value": 5, "value": 50, "updatedAt": "2026-11-21T10:00:00.000Z"}]}}',
      'tables.settings[0].value',
    ],
    [
      'an integer JSON would round',
      '{"format": "shipready-raw-dump", "schemaVersion": 1, "tables": {"settings": [{"key": "n", "value": 9007199254740993, "updatedAt": "2026-11-21T10:00:00.000Z"}]}}',
      'tables.settings[0].value',
    ],
    [
      'a __proto__ key',
      '{"format": "shipready-raw-dump", "schemaVersion": 1, "tables": {"projects": [{"id": "p", "__proto__": {}}]}}',
      'file',
    ],
  ])('refuses %s, naming the field, before anything is written', async (_case, text, field) => {
    const db = await freshDatabase();
    await createProject(db, { title: 'Keep me' });
    const before = await rowCounts(db);
    const checked = checkDump(db, text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((p) => p.field).join(' ')).toContain(field);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses a hand-edited backup whose rows break a row schema, naming table, row id and field', async () => {
    const db = await freshDatabase();
    await createProject(db, { title: 'Keep me' });
    const dump = await dumpAllTables(db);
    const project = dump.tables.projects?.[0] as Record<string, unknown>;
    const broken = {
      ...dump,
      tables: {
        ...dump.tables,
        projects: [
          { ...project, title: 'x'.repeat(201), links: [{ label: 'repo', url: 'http://localhost/' }] },
        ],
        metrics: [{ id: 'm1', runId: 'r1', projectId: String(project.id), key: 'faithfulness', value: 1.7 }],
      },
    };
    const before = await dumpAllTables(db);
    const checked = checkDump(db, JSON.stringify(broken));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const text = checked.problems.map((problem) => `${problem.field} ${problem.message}`).join('\n');
    expect(text).toContain('tables.projects[0].title');
    expect(text).toContain(`the row ${JSON.stringify(project.id)} of projects`);
    expect(text).toContain('tables.projects[0].links[0].url');
    expect(text).toContain('tables.metrics[0].value');
    expect(text).toContain('the row "m1" of metrics');
    expect((await dumpAllTables(db)).tables).toEqual(before.tables);
  });

  it('leaves a table the backup does not hold exactly as it is, and previews each table', async () => {
    const db = await freshDatabase();
    await createProject(db, { title: 'Kept' });
    await saveNote(db, 'm1-a', 'typed after the backup');
    const partial = {
      format: 'shipready-raw-dump',
      schemaVersion: 1,
      createdAt: new Date().toISOString(),
      tables: { notes: [] },
    };
    const checked = checkDump(db, JSON.stringify(partial));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const preview = await restorePreview(db, checked.dump);
    expect(preview.find((change) => change.table === 'notes')).toEqual({
      table: 'notes',
      now: 1,
      fromBackup: 0,
    });
    expect(preview.find((change) => change.table === 'projects')).toEqual({
      table: 'projects',
      now: 1,
      fromBackup: null,
    });
    await restoreDump(db, checked.dump);
    expect(await db.notes.count()).toBe(0);
    expect((await db.projects.toArray()).map((project) => project.title)).toEqual(['Kept']);
  });
});
