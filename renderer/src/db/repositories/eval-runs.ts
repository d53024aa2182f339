// Writes evaluation runs with their metrics: validated first, then the run, its metrics and the event
// in one transaction. An import of many runs is one transaction too: all or nothing.
import type { EvalRun, Metric } from '../../../../shared/domain/eval-runs';
import { checkRun } from '../../../../shared/portfolio/check-run';
import type { CheckedRun, EvalRunDraft, FieldProblem } from '../../../../shared/portfolio/types';
import { fail, ok, type Result } from '../../../../shared/result';
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

const describe = (problems: FieldProblem[]) =>
  problems
    .slice(0, 5)
    .map((p) => `${p.field}: ${p.message}`)
    .join(' ');

function rowsFor(projectId: string, run: CheckedRun, at: string): { run: EvalRun; metrics: Metric[] } {
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
  if (!checked.ok) return fail('invalid-run', describe(checked.problems));
  const at = nowIso();
  const rows = rowsFor(projectId, checked.value, at);
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
    if (!result.ok) return fail('invalid-run', `runs[${index}]: ${describe(result.problems)}`);
    checked.push(result.value);
  }
  const at = nowIso();
  const rows = checked.map((run) => rowsFor(projectId, run, at));
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
