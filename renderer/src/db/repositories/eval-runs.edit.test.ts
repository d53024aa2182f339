import { describe, expect, it } from 'vitest';
import type { EvalRunDraft } from '../../../../shared/portfolio/types';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { importEvalRuns, saveRun, setRunBaseline, updateRun } from './eval-runs';
import { createProject } from './projects';

const draft = (overrides: Partial<EvalRunDraft> = {}): EvalRunDraft => ({
  label: 'baseline',
  ranOn: '2026-11-20',
  context: { model: 'local-8b' },
  metrics: [{ key: 'faithfulness', value: 0.7 }],
  ...overrides,
});

async function twoRuns() {
  const db = await freshDatabase();
  const project = await createProject(db, { title: 'RAG' });
  if (!project.ok) throw new Error('setup failed');
  const first = await saveRun(db, project.value.id, draft());
  const second = await saveRun(db, project.value.id, draft({ label: 'reranker', ranOn: '2026-11-22' }));
  if (!first.ok || !second.ok) throw new Error('setup failed');
  return { db, first: first.value, second: second.value };
}

describe('editing a logged run', () => {
  it('changes label, date, context and values, keeping the run’s id and creation time', async () => {
    const { db, first } = await twoRuns();
    const edited = await updateRun(
      db,
      first.id,
      draft({
        label: 'baseline, fixed',
        ranOn: '2026-11-19',
        context: { model: 'claude-haiku-4-5', datasetName: 'golden' },
        metrics: [
          { key: 'faithfulness', value: '0.74' },
          { key: 'recall_at_k', k: 5, value: 0.6 },
        ],
      }),
    );
    expect(edited.ok).toBe(true);
    expect(await db.evalRuns.get(first.id)).toMatchObject({
      id: first.id,
      label: 'baseline, fixed',
      ranOn: '2026-11-19',
      context: { model: 'claude-haiku-4-5', datasetName: 'golden' },
      createdAt: first.createdAt,
    });
    const values = (await db.metrics.where('runId').equals(first.id).toArray()).map((m) => [m.key, m.value]);
    expect(values).toEqual(
      expect.arrayContaining([
        ['faithfulness', 0.74],
        ['recall_at_k', 0.6],
      ]),
    );
    expect(values).toHaveLength(2);
  });

  it('sets, changes and clears a baseline after logging', async () => {
    const { db, first, second } = await twoRuns();
    expect((await setRunBaseline(db, second.id, first.id)).ok).toBe(true);
    expect((await db.evalRuns.get(second.id))?.baselineRunId).toBe(first.id);
    // The metrics are left as they were.
    expect(await db.metrics.where('runId').equals(second.id).count()).toBe(1);
    expect((await setRunBaseline(db, second.id, null)).ok).toBe(true);
    expect((await db.evalRuns.get(second.id))?.baselineRunId).toBeUndefined();
  });

  it('refuses a run as its own baseline, a loop of baselines and bad values, changing nothing', async () => {
    const { db, first, second } = await twoRuns();
    await setRunBaseline(db, second.id, first.id);
    const before = await rowCounts(db);
    const stored = await db.evalRuns.toArray();
    expect(await setRunBaseline(db, first.id, first.id)).toMatchObject({
      ok: false,
      error: { message: 'A run cannot be its own baseline.' },
    });
    expect(await setRunBaseline(db, first.id, second.id)).toMatchObject({
      ok: false,
      error: { message: 'That baseline is itself measured against this run; choose an earlier one.' },
    });
    const refused = await updateRun(db, first.id, draft({ metrics: [{ key: 'faithfulness', value: 1.7 }] }));
    expect(refused.ok).toBe(false);
    expect(await rowCounts(db)).toEqual(before);
    expect(await db.evalRuns.toArray()).toEqual(stored);
    expect(await updateRun(db, 'missing', draft())).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('keeps the sample count and standard error of an imported value through a baseline change or a relabel', async () => {
    const db = await freshDatabase();
    const project = await createProject(db, { title: 'RAG' });
    if (!project.ok) throw new Error('setup failed');
    const base = await saveRun(db, project.value.id, draft());
    const imported = await importEvalRuns(db, project.value.id, [
      {
        run: { label: 'lm-eval run', ranOn: '2026-11-22', context: { model: 'local-8b' } },
        metrics: [{ key: 'faithfulness', value: 0.71, sampleCount: 200, stderr: 0.02 }],
      },
    ]);
    if (!base.ok || !imported.ok) throw new Error('setup failed');
    const [runId] = imported.value.runIds;
    if (!runId) throw new Error('setup failed');
    expect((await setRunBaseline(db, runId, base.value.id)).ok).toBe(true);
    const after = await db.metrics.where('runId').equals(runId).toArray();
    expect(after.map(({ value, sampleCount, stderr }) => ({ value, sampleCount, stderr }))).toEqual([
      { value: 0.71, sampleCount: 200, stderr: 0.02 },
    ]);
    // A value the person changes is no longer what the tool measured: its uncertainty goes with it.
    const edited = await updateRun(
      db,
      runId,
      draft({ label: 'lm-eval run', metrics: [{ key: 'faithfulness', value: 0.9 }] }),
    );
    expect(edited.ok).toBe(true);
    const changed = await db.metrics.where('runId').equals(runId).toArray();
    expect(changed.map(({ sampleCount, stderr }) => ({ sampleCount, stderr }))).toEqual([
      { sampleCount: undefined, stderr: undefined },
    ]);
  });
});
