// Bulk writes with the same checks, rows and events as one write at a time, in one transaction per call and
// one request per table: IndexedDB round trips, not rows, were what a seed of 1,000 projects paid for
// (7.5-9.8 s one project at a time; 4.2 s with one transaction but each row still awaited). All or nothing.

import type { EvalRun, Metric } from '../../../../shared/domain/eval-runs';
import type { Milestone, MilestoneDraft, Project, ProjectDraft } from '../../../../shared/domain/projects';
import { checkRun } from '../../../../shared/portfolio/check-run';
import type { EvalRunDraft } from '../../../../shared/portfolio/types';
import { fail, ok, type Result } from '../../../../shared/result';
import type { ShipReadyDatabase } from '../database';
import { describeRunProblems, runRows } from './eval-runs';
import { eventRow } from './events';
import { nowIso } from './ids';
import { newProjectRows } from './projects';

export interface ProjectEntry {
  draft: ProjectDraft;
  milestones?: MilestoneDraft[] | undefined;
}

/** Creates every project (each with its milestones and `project.created` event), or none of them. */
export async function createProjects(
  db: ShipReadyDatabase,
  entries: ProjectEntry[],
): Promise<Result<Project[]>> {
  const at = nowIso();
  const projects: Project[] = [];
  const milestones: Milestone[] = [];
  for (const [index, entry] of entries.entries()) {
    const rows = newProjectRows(entry.draft, entry.milestones ?? [], at);
    if (!rows.ok) return fail(rows.error.code, `projects[${index}]: ${rows.error.message}`);
    projects.push(rows.value.project);
    milestones.push(...rows.value.milestones);
  }
  const counts = new Map<string, number>();
  for (const milestone of milestones)
    counts.set(milestone.projectId, (counts.get(milestone.projectId) ?? 0) + 1);
  await db.transaction('rw', db.projects, db.milestones, db.events, async () => {
    await Promise.all([
      db.projects.bulkAdd(projects),
      db.milestones.bulkAdd(milestones),
      db.events.bulkAdd(
        projects.map((project) =>
          eventRow(
            'project.created',
            project.id,
            { title: project.title, milestones: counts.get(project.id) ?? 0 },
            at,
          ),
        ),
      ),
    ]);
  });
  return ok(projects);
}

export interface ProjectRuns {
  projectId: string;
  drafts: EvalRunDraft[];
}

/**
 * Imports runs into many projects as `importRuns` does for one (each run checked, an `eval-runs.imported`
 * event and a new `updatedAt` per project), or nothing when any run is refused or a project is gone.
 */
export async function importRunsIntoProjects(
  db: ShipReadyDatabase,
  batches: ProjectRuns[],
): Promise<Result<string[][]>> {
  const withRuns = batches.filter((batch) => batch.drafts.length > 0);
  if (withRuns.length === 0) return fail('invalid-run', 'There are no runs to import.');
  const at = nowIso();
  return db.transaction('rw', [db.projects, db.evalRuns, db.metrics, db.events], async () => {
    const projectIds = withRuns.map((batch) => batch.projectId);
    const found = await db.projects.bulkGet(projectIds);
    const missing = projectIds.find((_, index) => !found[index]);
    if (missing !== undefined) return fail('not-found', `${missing}: that project no longer exists.`);
    // Baselines must name a run of the same project; read them only where a draft names one.
    const withBaselines = withRuns.filter((batch) => batch.drafts.some((draft) => draft.baselineRunId));
    const known = new Map<string, Set<string>>();
    for (const batch of withBaselines)
      known.set(
        batch.projectId,
        new Set(await db.evalRuns.where('projectId').equals(batch.projectId).primaryKeys()),
      );
    const runs: EvalRun[] = [];
    const metrics: Metric[] = [];
    const ids: string[][] = [];
    for (const batch of withRuns) {
      const batchIds: string[] = [];
      for (const [index, draft] of batch.drafts.entries()) {
        const checked = checkRun(draft, { knownRunIds: known.get(batch.projectId) ?? new Set() });
        if (!checked.ok)
          return fail(
            'invalid-run',
            `${batch.projectId}: runs[${index}]: ${describeRunProblems(checked.problems)}`,
          );
        const rows = runRows(batch.projectId, checked.value, at);
        runs.push(rows.run);
        metrics.push(...rows.metrics);
        batchIds.push(rows.run.id);
      }
      ids.push(batchIds);
    }
    await Promise.all([
      db.evalRuns.bulkAdd(runs),
      db.metrics.bulkAdd(metrics),
      db.projects.bulkUpdate(projectIds.map((key) => ({ key, changes: { updatedAt: at } }))),
      db.events.bulkAdd(
        withRuns.map((batch) =>
          eventRow('eval-runs.imported', batch.projectId, { runs: batch.drafts.length }, at),
        ),
      ),
    ]);
    return ok(ids);
  });
}
