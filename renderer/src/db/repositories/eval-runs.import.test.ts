import { describe, expect, it } from 'vitest';
import { planEvalRows } from '../../../../shared/eval-import/to-rows';
import { importFixture } from '../../../../tests/fixtures/eval-files/load';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { importEvalRuns, saveRun, undoEvalImport } from './eval-runs';
import { createProject } from './projects';

const options = { importedAt: '2026-03-10T12:00:00.000Z', today: '2026-03-10' };

async function withProject() {
  const db = await freshDatabase();
  const project = await createProject(db, { title: 'Evals' });
  if (!project.ok) throw new Error('setup failed');
  await saveRun(db, project.value.id, {
    label: 'typed',
    ranOn: '2026-03-01',
    context: {},
    metrics: [{ key: 'accuracy', value: 0.5 }],
  });
  return { db, projectId: project.value.id };
}

async function plannedRows(file: string) {
  const plan = planEvalRows(await importFixture(file), options);
  return plan.runs.map((run) => ({ run: run.run, metrics: run.metrics.map((metric) => metric.row) }));
}

describe('importEvalRuns and undoEvalImport', () => {
  it('writes every run of several files with source, n and stderr; Undo removes exactly them', async () => {
    const { db, projectId } = await withProject();
    const before = await rowCounts(db);
    const planned = [
      ...(await plannedRows('inspect/arithmetic-zstd.eval')),
      ...(await plannedRows('lm-eval/results_v03.json')),
    ];
    const result = await importEvalRuns(db, projectId, planned);
    if (!result.ok) throw new Error(result.error.message);
    expect(await db.evalRuns.count()).toBe((before.evalRuns ?? 0) + 3);
    const inspectRun = await db.evalRuns.get(result.value.runIds[0] ?? '');
    expect(inspectRun?.source).toMatchObject({
      tool: 'inspect',
      toolVersion: '0.3.210',
      fileName: 'arithmetic-zstd.eval',
    });
    const accuracy = (
      await db.metrics
        .where('runId')
        .equals(inspectRun?.id ?? '')
        .toArray()
    ).find((m) => m.key === 'accuracy');
    expect(accuracy).toMatchObject({ value: 0.71, stderr: 0.032, sampleCount: 200 });
    expect((await db.events.toArray()).at(-1)).toMatchObject({
      kind: 'eval-runs.imported',
      detail: { runs: 3 },
    });

    await undoEvalImport(db, result.value);
    const after = await rowCounts(db);
    expect({ ...after, events: 0 }).toEqual({ ...before, events: 0 });
    expect((await db.evalRuns.toArray()).map((run) => run.label)).toEqual(['typed']);
  });

  it('a row the schema refuses writes nothing at all', async () => {
    const { db, projectId } = await withProject();
    const before = await rowCounts(db);
    const planned = await plannedRows('lm-eval/results_v03.json');
    const first = planned[0];
    if (!first) throw new Error('no run planned');
    const broken = [...planned, { run: first.run, metrics: [{ key: 'accuracy', value: Number.NaN }] }];
    const result = await importEvalRuns(db, projectId, broken);
    expect(result.ok).toBe(false);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('Undo clears a baseline that pointed at an imported run', async () => {
    const { db, projectId } = await withProject();
    const result = await importEvalRuns(db, projectId, await plannedRows('lm-eval/results_v03.json'));
    if (!result.ok) throw new Error(result.error.message);
    const typed = (await db.evalRuns.toArray()).find((run) => run.label === 'typed');
    await db.evalRuns.update(typed?.id ?? '', { baselineRunId: result.value.runIds[0] });
    await undoEvalImport(db, result.value);
    expect((await db.evalRuns.get(typed?.id ?? ''))?.baselineRunId).toBeUndefined();
  });
});
