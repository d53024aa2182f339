// Writes evaluation runs with their metrics: validated first, then the run, its metrics and the event
// in one transaction. An import of many runs is one transaction too: all or nothing.

import { type EvalRun, evalRunSchema, type Metric, metricSchema } from '../../../../shared/domain/eval-runs';
import type { MetricRowDraft, RunRowDraft } from '../../../../shared/eval-import/to-rows';
import { seriesId } from '../../../../shared/metrics/validate-metric';
import { checkRun } from '../../../../shared/portfolio/check-run';
import type { CheckedRun, EvalRunDraft, FieldProblem } from '../../../../shared/portfolio/types';
import { fail, ok, type Result } from '../../../../shared/result';
import { typedProblemText } from '../../../../shared/text/problem-text';
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

/** The first five problems of a refused run, as sentences (also for the bulk writes in bulk.ts). */
export const describeRunProblems = (problems: FieldProblem[]) =>
  problems
    .slice(0, 5)
    .map((p) => typedProblemText(p))
    .join(' ');

/** The rows a checked run is stored as: the run and its metrics, with new ids (also used by bulk.ts). */
export function runRows(projectId: string, run: CheckedRun, at: string): { run: EvalRun; metrics: Metric[] } {
  const runRow: EvalRun = {
    id: newId(),
    projectId,
    label: run.label,
    ranOn: run.ranOn,
    context: run.context,
    ...(run.baselineRunId ? { baselineRunId: run.baselineRunId } : {}),
    createdAt: at,
    updatedAt: at,
  };
  const metrics = run.metrics.map((metric) => ({ id: newId(), runId: runRow.id, projectId, ...metric }));
  return { run: runRow, metrics };
}

async function knownRunIds(db: ShipReadyDatabase, projectId: string): Promise<Set<string>> {
  return new Set(await db.evalRuns.where('projectId').equals(projectId).primaryKeys());
}

export async function saveRun(
  db: ShipReadyDatabase,
  projectId: string,
  draft: EvalRunDraft,
): Promise<Result<EvalRun>> {
  const checked = checkRun(draft, { knownRunIds: await knownRunIds(db, projectId) });
  if (!checked.ok) return fail('invalid-run', describeRunProblems(checked.problems));
  const at = nowIso();
  const rows = runRows(projectId, checked.value, at);
  return db.transaction('rw', [db.projects, db.evalRuns, db.metrics, db.events], async () => {
    if (!(await db.projects.get(projectId))) return fail('not-found', 'That project no longer exists.');
    await db.evalRuns.add(rows.run);
    await db.metrics.bulkAdd(rows.metrics);
    await db.projects.update(projectId, { updatedAt: at });
    await appendEvent(db, 'eval-run.saved', rows.run.id, { projectId, metrics: rows.metrics.length }, at);
    return ok(rows.run);
  });
}

/** Validates every draft first; writes nothing unless all are valid. */
export async function importRuns(
  db: ShipReadyDatabase,
  projectId: string,
  drafts: EvalRunDraft[],
): Promise<Result<string[]>> {
  if (drafts.length === 0) return fail('invalid-run', 'file: there are no runs to import.');
  const known = await knownRunIds(db, projectId);
  const checked: CheckedRun[] = [];
  for (const [index, draft] of drafts.entries()) {
    const result = checkRun(draft, { knownRunIds: known });
    if (!result.ok) return fail('invalid-run', `runs[${index}]: ${describeRunProblems(result.problems)}`);
    checked.push(result.value);
  }
  const at = nowIso();
  const rows = checked.map((run) => runRows(projectId, run, at));
  return db.transaction('rw', [db.projects, db.evalRuns, db.metrics, db.events], async () => {
    if (!(await db.projects.get(projectId))) return fail('not-found', 'That project no longer exists.');
    await db.evalRuns.bulkAdd(rows.map((r) => r.run));
    await db.metrics.bulkAdd(rows.flatMap((r) => r.metrics));
    await db.projects.update(projectId, { updatedAt: at });
    await appendEvent(db, 'eval-runs.imported', projectId, { runs: rows.length }, at);
    return ok(rows.map((r) => r.run.id));
  });
}

/** Undoes an import: removes exactly the runs it added, with their metrics. */
export async function removeImportedRuns(db: ShipReadyDatabase, runIds: string[]): Promise<void> {
  await db.transaction('rw', [db.evalRuns, db.metrics, db.events], async () => {
    await db.metrics.where('runId').anyOf(runIds).delete();
    await db.evalRuns.bulkDelete(runIds);
    await appendEvent(db, 'eval-run.deleted', runIds[0] ?? '', { undoneImport: runIds.length });
  });
}

/** What an eval-tool import wrote, so Undo removes exactly these rows. */
export interface ImportedRows {
  runIds: string[];
  metricIds: string[];
}

/**
 * Writes the runs an eval-tool import planned (shared/eval-import/to-rows.ts): every row is checked by its
 * schema first, then all runs of all files land in one transaction, or none does.
 */
export async function importEvalRuns(
  db: ShipReadyDatabase,
  projectId: string,
  planned: { run: RunRowDraft; metrics: MetricRowDraft[] }[],
): Promise<Result<ImportedRows>> {
  if (planned.length === 0) return fail('invalid-run', 'There are no runs to import.');
  const at = nowIso();
  const runs: EvalRun[] = [];
  const metrics: Metric[] = [];
  for (const [index, plan] of planned.entries()) {
    const run = evalRunSchema.safeParse({
      ...plan.run,
      id: newId(),
      projectId,
      createdAt: at,
      updatedAt: at,
    });
    if (!run.success) return fail('invalid-run', `runs[${index}]: ${run.error.issues[0]?.message ?? ''}`);
    runs.push(run.data);
    for (const row of plan.metrics) {
      const metric = metricSchema.safeParse({ ...row, id: newId(), runId: run.data.id, projectId });
      if (!metric.success)
        return fail('invalid-run', `runs[${index}] ${row.key}: ${metric.error.issues[0]?.message ?? ''}`);
      metrics.push(metric.data);
    }
  }
  return db.transaction('rw', [db.projects, db.evalRuns, db.metrics, db.events], async () => {
    if (!(await db.projects.get(projectId))) return fail('not-found', 'That project no longer exists.');
    await db.evalRuns.bulkAdd(runs);
    await db.metrics.bulkAdd(metrics);
    await db.projects.update(projectId, { updatedAt: at });
    const files = [...new Set(runs.map((run) => run.source?.fileName ?? ''))];
    await appendEvent(db, 'eval-runs.imported', projectId, { runs: runs.length, files }, at);
    return ok({ runIds: runs.map((run) => run.id), metricIds: metrics.map((metric) => metric.id) });
  });
}

/** Undoes an eval-tool import: removes exactly the runs and metrics it wrote, in one transaction. */
export async function undoEvalImport(db: ShipReadyDatabase, rows: ImportedRows): Promise<void> {
  await db.transaction('rw', [db.evalRuns, db.metrics, db.events], async () => {
    await db.metrics.bulkDelete(rows.metricIds);
    // No metric may outlive its run, even one added to an imported run after the import.
    await db.metrics.where('runId').anyOf(rows.runIds).delete();
    await db.evalRuns.bulkDelete(rows.runIds);
    // A run picked as a baseline since the import no longer has one to point at.
    await db.evalRuns
      .where('baselineRunId')
      .anyOf(rows.runIds)
      .modify((other) => {
        delete other.baselineRunId;
      });
    await appendEvent(db, 'eval-run.deleted', rows.runIds[0] ?? '', { undoneImport: rows.runIds.length });
  });
}

export interface DeletedRun {
  run: EvalRun;
  metrics: Metric[];
  /** Runs that used this one as their baseline, to relink on Undo. */
  dependents: string[];
}

export async function deleteRun(db: ShipReadyDatabase, runId: string): Promise<Result<DeletedRun>> {
  return db.transaction('rw', [db.evalRuns, db.metrics, db.events], async () => {
    const run = await db.evalRuns.get(runId);
    if (!run) return fail('not-found', 'That run no longer exists.');
    const metrics = await db.metrics.where('runId').equals(runId).toArray();
    const dependents = await db.evalRuns.where('baselineRunId').equals(runId).primaryKeys();
    await db.metrics.bulkDelete(metrics.map((m) => m.id));
    await db.evalRuns.delete(runId);
    // Runs that used this one as their baseline no longer have one.
    await db.evalRuns
      .where('baselineRunId')
      .equals(runId)
      .modify((other) => {
        delete other.baselineRunId;
      });
    await appendEvent(db, 'eval-run.deleted', runId, { projectId: run.projectId });
    return ok({ run, metrics, dependents });
  });
}

export async function restoreRun(db: ShipReadyDatabase, deleted: DeletedRun): Promise<void> {
  await db.transaction('rw', [db.evalRuns, db.metrics, db.events], async () => {
    await db.evalRuns.put(deleted.run);
    await db.metrics.bulkPut(deleted.metrics);
    for (const id of deleted.dependents) await db.evalRuns.update(id, { baselineRunId: deleted.run.id });
    await appendEvent(db, 'eval-run.saved', deleted.run.id, {
      projectId: deleted.run.projectId,
      restored: true,
    });
  });
}

/** Run ids that reach `runId` through baselines (runs measured against it, directly or not). */
async function runsMeasuredAgainst(db: ShipReadyDatabase, runId: string): Promise<Set<string>> {
  const found = new Set<string>();
  let frontier = [runId];
  while (frontier.length > 0) {
    const next = await db.evalRuns.where('baselineRunId').anyOf(frontier).primaryKeys();
    frontier = next.filter((id) => !found.has(id) && id !== runId);
    for (const id of frontier) found.add(id);
  }
  return found;
}

/**
 * Changes a logged run: label, date, context, baseline and metrics, checked like a new one. Its metrics are
 * replaced in the same transaction; its id, source and creation time stay. A run cannot be its own baseline,
 * nor take as baseline a run that is measured against it.
 */
export async function updateRun(
  db: ShipReadyDatabase,
  runId: string,
  draft: EvalRunDraft,
): Promise<Result<EvalRun>> {
  const before = await db.evalRuns.get(runId);
  if (!before) return fail('not-found', 'That run no longer exists.');
  const known = await knownRunIds(db, before.projectId);
  known.delete(runId);
  if (draft.baselineRunId === runId) return fail('invalid-run', 'A run cannot be its own baseline.');
  const checked = checkRun(draft, { knownRunIds: known });
  if (!checked.ok) return fail('invalid-run', describeRunProblems(checked.problems));
  if (checked.value.baselineRunId && (await runsMeasuredAgainst(db, runId)).has(checked.value.baselineRunId))
    return fail('invalid-run', 'That baseline is itself measured against this run; choose an earlier one.');
  const at = nowIso();
  const { baselineRunId: _, ...kept } = before;
  const run: EvalRun = {
    ...kept,
    label: checked.value.label,
    ranOn: checked.value.ranOn,
    context: checked.value.context,
    ...(checked.value.baselineRunId ? { baselineRunId: checked.value.baselineRunId } : {}),
    updatedAt: at,
  };
  // A value the edit left as it was keeps the sample count and standard error an eval tool measured it with.
  const measured = new Map(
    (await db.metrics.where('runId').equals(runId).toArray()).map((metric) => [seriesId(metric), metric]),
  );
  const metrics = checked.value.metrics.map((metric) => {
    const old = measured.get(seriesId(metric));
    const same = old !== undefined && old.value === metric.value;
    return {
      id: newId(),
      runId,
      projectId: before.projectId,
      ...metric,
      ...(same && old.sampleCount !== undefined ? { sampleCount: old.sampleCount } : {}),
      ...(same && old.stderr !== undefined ? { stderr: old.stderr } : {}),
    };
  });
  return db.transaction('rw', [db.projects, db.evalRuns, db.metrics, db.events], async () => {
    if (!(await db.evalRuns.get(runId))) return fail('not-found', 'That run no longer exists.');
    await db.metrics.where('runId').equals(runId).delete();
    await db.evalRuns.put(run);
    await db.metrics.bulkAdd(metrics);
    await db.projects.update(before.projectId, { updatedAt: at });
    await appendEvent(
      db,
      'eval-run.saved',
      runId,
      { projectId: before.projectId, metrics: metrics.length, edited: true },
      at,
    );
    return ok(run);
  });
}

/** Sets or clears (null) the baseline of a logged run, with the same checks as editing it. */
export async function setRunBaseline(
  db: ShipReadyDatabase,
  runId: string,
  baselineRunId: string | null,
): Promise<Result<EvalRun>> {
  const run = await db.evalRuns.get(runId);
  if (!run) return fail('not-found', 'That run no longer exists.');
  const metrics = await db.metrics.where('runId').equals(runId).toArray();
  return updateRun(db, runId, {
    label: run.label,
    ranOn: run.ranOn,
    context: run.context,
    ...(baselineRunId ? { baselineRunId } : {}),
    metrics: metrics.map(({ key, value, k, unit, direction }) => ({
      key,
      value,
      ...(k === undefined ? {} : { k }),
      ...(unit === undefined ? {} : { unit }),
      ...(direction === undefined ? {} : { direction }),
    })),
  });
}
