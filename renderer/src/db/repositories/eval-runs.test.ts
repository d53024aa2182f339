import { describe, expect, it } from 'vitest';
import type { EvalRunDraft } from '../../../../shared/portfolio/types';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { deleteRun, importRuns, removeImportedRuns, restoreRun, saveRun } from './eval-runs';
import { createProject } from './projects';

const run = (overrides: Partial<EvalRunDraft> = {}): EvalRunDraft => ({
  label: 'baseline',
  ranOn: '2026-11-20',
  context: { model: 'local-8b', datasetName: 'golden', datasetSize: 100 },
  metrics: [
    { key: 'recall_at_k', k: 5, value: 0.62 },
    { key: 'faithfulness', value: '0.81' },
  ],
  ...overrides,
});

async function withProject() {
  const db = await freshDatabase();
  const project = await createProject(db, { title: 'RAG' });
  if (!project.ok) throw new Error('setup failed');
  return { db, projectId: project.value.id };
}

describe('eval runs repository', () => {
  it('saves a run with its metrics and one event, in one write', async () => {
    const { db, projectId } = await withProject();
    const saved = await saveRun(db, projectId, run());
    expect(saved.ok).toBe(true);
    expect(await db.evalRuns.count()).toBe(1);
    // Primary keys are random UUIDs, so rows come back in no particular order.
    const stored = (await db.metrics.toArray()).map((m) => [m.key, m.k, m.value]);
    expect(stored).toHaveLength(2);
    expect(stored).toEqual(
      expect.arrayContaining([
        ['recall_at_k', 5, 0.62],
        ['faithfulness', undefined, 0.81],
      ]),
    );
    expect((await db.events.toArray()).at(-1)).toMatchObject({ kind: 'eval-run.saved' });
  });

  it.each([
    ['NaN', [{ key: 'faithfulness', value: Number.NaN }], 'Metric 1 › value: '],
    ['Infinity', [{ key: 'faithfulness', value: Number.POSITIVE_INFINITY }], 'Metric 1 › value: '],
    ['text in a number field', [{ key: 'faithfulness', value: 'high' }], 'Metric 1 › value: '],
    ['faithfulness 1.7', [{ key: 'faithfulness', value: 1.7 }], 'Metric 1 › value: '],
    ['negative latency', [{ key: 'latency_p95_ms', value: -5 }], 'Metric 1 › value: '],
    ['no metrics', [], 'Metrics: A run needs at least one metric.'],
    [
      'a custom metric with no unit',
      [{ key: 'custom:hallucinations', value: 3, direction: 'lower' as const }],
      'Metric 1 › unit: ',
    ],
  ])('refuses %s, naming the field in words, and writes nothing', async (_case, metrics, field) => {
    const { db, projectId } = await withProject();
    const before = await rowCounts(db);
    const result = await saveRun(db, projectId, run({ metrics }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(field);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses a baseline that is not one of the project’s runs', async () => {
    const { db, projectId } = await withProject();
    const result = await saveRun(db, projectId, run({ baselineRunId: 'elsewhere' }));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error.message).toMatch(/^Baseline run id: /);
  });

  it('imports all runs or none, and the import can be undone', async () => {
    const { db, projectId } = await withProject();
    const before = await rowCounts(db);
    const bad = await importRuns(db, projectId, [
      run(),
      run({ metrics: [{ key: 'faithfulness', value: 1.7 }] }),
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('runs[1]');
    expect(await rowCounts(db)).toEqual(before);
    const good = await importRuns(
      db,
      projectId,
      Array.from({ length: 10 }, (_, i) => run({ label: `r${i}` })),
    );
    expect(good.ok && good.value.length).toBe(10);
    expect(await db.metrics.count()).toBe(20);
    if (good.ok) await removeImportedRuns(db, good.value);
    expect(await db.evalRuns.count()).toBe(0);
    expect(await db.metrics.count()).toBe(0);
  });

  it('deletes a run and restores it with its metrics and the runs that used it as baseline', async () => {
    const { db, projectId } = await withProject();
    const base = await saveRun(db, projectId, run());
    if (!base.ok) throw new Error('setup failed');
    const better = await saveRun(db, projectId, run({ label: 'reranked', baselineRunId: base.value.id }));
    if (!better.ok) throw new Error('setup failed');
    const deleted = await deleteRun(db, base.value.id);
    expect((await db.evalRuns.get(better.value.id))?.baselineRunId).toBeUndefined();
    if (!deleted.ok) throw new Error('delete failed');
    await restoreRun(db, deleted.value);
    expect((await db.evalRuns.get(better.value.id))?.baselineRunId).toBe(base.value.id);
    expect(await db.metrics.where('runId').equals(base.value.id).count()).toBe(2);
  });
});
