import { describe, expect, it } from 'vitest';
import { freshDatabase, rowCounts } from '../../../tests/fixtures/test-database';
import { dumpAllTables } from './raw-dump';
import { saveNote, setProgress } from './repositories/progress';
import { createProject } from './repositories/projects';
import { checkDump, restoreDump } from './restore';

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
});
