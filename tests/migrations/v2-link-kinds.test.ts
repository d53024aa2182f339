// Version 2 gives every project link a kind guessed once from its host (marked "guessed, please confirm") and
// every project its primary skills (the first four tags); no row is lost.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShipReadyDatabase } from '../../renderer/src/db/database';
import { v1Stores } from '../../renderer/src/db/versions/v1-initial-schema';
import type { Project } from '../../shared/domain/projects';
import { projectSchema } from '../../shared/domain/projects';
import fixture from './fixtures/v1-database.json';

const stamp = '2026-11-02T10:00:00.000Z';

/** Version 1 rows with the link labels that fooled the old word guesses. */
const linkedProject = {
  id: 'p-linked',
  title: 'DocChat',
  summary: '',
  skills: ['rag', 'vector-databases', 'evaluation', 'llm-apis', 'deployment', 'tracing'],
  links: [
    { label: 'Report', url: 'https://blog.example.com/docchat-report' },
    { label: 'Approach', url: 'https://github.com/someone/docchat' },
    { label: 'Production', url: 'https://docchat.example.com' },
    { label: 'Code', url: 'https://github.com/someone/docchat/blob/main/eval.ipynb' },
    { label: 'Talk', url: 'https://www.youtube.com/watch?v=abc' },
  ],
  status: 'building',
  designDecisions: '',
  postmortem: '',
  createdAt: stamp,
  updatedAt: stamp,
};

async function writeVersion1(name: string, extraProjects: object[]) {
  const old = new Dexie(name);
  old.version(1).stores(v1Stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  await old.table('projects').bulkAdd(extraProjects);
  old.close();
}

describe('schema version 2: link kinds and primary skills', () => {
  it('opens the version 1 fixture with every row, guessing each link kind once from its host', async () => {
    const name = `v2-link-kinds-${Math.random().toString(36).slice(2)}`;
    await writeVersion1(name, [linkedProject]);
    const db = new ShipReadyDatabase(name);
    await db.open();
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (table === 'projects') continue;
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    const projects = (await db.projects.toArray()) as Project[];
    expect(projects.map((project) => project.id).sort()).toEqual(
      ['p-linked', ...fixture.tables.projects.map((p) => p.id)].sort(),
    );
    const original = fixture.tables.projects[0];
    expect(projects.find((project) => project.id === original?.id)).toEqual({
      ...original,
      primarySkills: ['streaming'],
    });
    const linked = projects.find((project) => project.id === 'p-linked');
    expect(linked?.primarySkills).toEqual(['rag', 'vector-databases', 'evaluation', 'llm-apis']);
    expect(linked?.skills).toEqual(linkedProject.skills);
    expect(linked?.links).toEqual([
      { label: 'Report', url: 'https://blog.example.com/docchat-report', kind: 'other', kindGuessed: true },
      { label: 'Approach', url: 'https://github.com/someone/docchat', kind: 'repository', kindGuessed: true },
      { label: 'Production', url: 'https://docchat.example.com', kind: 'other', kindGuessed: true },
      {
        label: 'Code',
        url: 'https://github.com/someone/docchat/blob/main/eval.ipynb',
        kind: 'notebook',
        kindGuessed: true,
      },
      { label: 'Talk', url: 'https://www.youtube.com/watch?v=abc', kind: 'video', kindGuessed: true },
    ]);
    for (const project of projects) expect(projectSchema.safeParse(project).success, project.id).toBe(true);
    db.close();
  });
});
