import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { EvalRunDraft } from '../../../shared/portfolio/types';
import { freshDatabase } from '../../../tests/fixtures/test-database';
import { DatabaseProvider } from './database-context';
import { useAllProjects, useDashboardEvidence } from './live-portfolio';
import { deleteRun, saveRun } from './repositories/eval-runs';
import { createProject } from './repositories/projects';

const run = (label: string, ranOn: string, metrics: number): EvalRunDraft => ({
  label,
  ranOn,
  context: { model: 'local-8b', datasetName: 'golden', datasetSize: 100 },
  metrics: [
    { key: 'faithfulness', value: 0.8 },
    { key: 'answer_relevancy', value: 0.7 },
    { key: 'latency_p95_ms', value: 420 },
  ].slice(0, metrics),
});

async function setUp() {
  const db = await freshDatabase();
  const project = await createProject(db, { title: 'RAG' });
  if (!project.ok) throw new Error('setup failed');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseProvider db={db}>{children}</DatabaseProvider>
  );
  return { db, projectId: project.value.id, wrapper };
}

describe('useDashboardEvidence', () => {
  it('reads the runs dated from `since` on with their metric rows, and follows writes', async () => {
    const { db, projectId, wrapper } = await setUp();
    await saveRun(db, projectId, run('old', '2026-08-30', 3));
    const kept = await saveRun(db, projectId, run('first day', '2026-08-31', 2));
    if (!kept.ok) throw new Error('setup failed');
    const seen = renderHook(() => useDashboardEvidence('2026-08-31'), { wrapper });
    await waitFor(() => expect(seen.result.current?.runs.map((r) => r.label)).toEqual(['first day']));
    expect(seen.result.current?.metrics).toHaveLength(2);

    await saveRun(db, projectId, run('later', '2026-09-10', 3));
    await waitFor(() => expect(seen.result.current?.metrics).toHaveLength(5));
    await deleteRun(db, kept.value.id);
    await waitFor(() => expect(seen.result.current?.runs.map((r) => r.label)).toEqual(['later']));
    const laterId = seen.result.current?.runs[0]?.id;
    expect(seen.result.current?.metrics).toEqual([0, 1, 2].map(() => ({ runId: laterId })));
  });
});

describe('useAllProjects', () => {
  it('follows a new project', async () => {
    const { db, wrapper } = await setUp();
    const seen = renderHook(() => useAllProjects(), { wrapper });
    await waitFor(() => expect(seen.result.current?.map((p) => p.title)).toEqual(['RAG']));
    await createProject(db, { title: 'Agents' });
    await waitFor(() => expect(seen.result.current?.map((p) => p.title).sort()).toEqual(['Agents', 'RAG']));
  });

  it('orders newest change first, ties as the updatedAt index read backwards orders them', async () => {
    const { db, wrapper } = await setUp();
    for (const title of ['Agents', 'Evals', 'Search']) await createProject(db, { title });
    const ids = (await db.projects.toArray()).map((project) => project.id);
    // One project changed later than the other three, which share one time.
    const updatedAt = (i: number) => (i === 1 ? '2026-11-03T10:00:00.000Z' : '2026-11-02T10:00:00.000Z');
    await Promise.all(ids.map((id, i) => db.projects.update(id, { updatedAt: updatedAt(i) })));
    const byIndex = (await db.projects.orderBy('updatedAt').reverse().toArray()).map((project) => project.id);
    const seen = renderHook(() => useAllProjects(), { wrapper });
    await waitFor(() => expect(seen.result.current?.map((project) => project.id)).toEqual(byIndex));
  });
});
