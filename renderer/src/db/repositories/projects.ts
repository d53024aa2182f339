// Writes projects. Each write and its event land in one transaction, or neither does.
import type { EvalRun, Metric } from '../../../../shared/domain/eval-runs';
import {
  type Milestone,
  type MilestoneDraft,
  milestoneDraftSchema,
  type Project,
  type ProjectDraft,
  type ProjectEdit,
  projectDraftSchema,
  projectEditSchema,
} from '../../../../shared/domain/projects';
import { type AppError, fail, ok, type Result } from '../../../../shared/result';
import { describeIssues } from '../../../../shared/validation';
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

/** A new project's rows, checked: the project and its milestones, stamped `at`. Writes nothing. */
export function newProjectRows(
  draft: ProjectDraft,
  milestones: MilestoneDraft[],
  at: string,
): Result<{ project: Project; milestones: Milestone[] }> {
  const parsed = projectDraftSchema.safeParse(draft);
  if (!parsed.success) return fail('invalid-project', describeIssues(parsed.error));
  const project: Project = {
    id: newId(),
    ...parsed.data,
    links: [],
    designDecisions: '',
    postmortem: '',
    createdAt: at,
    updatedAt: at,
  };
  const rows: Milestone[] = [];
  for (const [order, draft] of milestones.entries()) {
    const checked = milestoneDraftSchema.safeParse(draft);
    if (!checked.success)
      return fail('invalid-milestone', `milestones[${order}]: ${describeIssues(checked.error)}`);
    rows.push({ id: newId(), projectId: project.id, ...checked.data, order, createdAt: at, updatedAt: at });
  }
  return ok({ project, milestones: rows });
}

export async function createProject(
  db: ShipReadyDatabase,
  draft: ProjectDraft,
  milestones: MilestoneDraft[] = [],
): Promise<Result<Project>> {
  const at = nowIso();
  const checked = newProjectRows(draft, milestones, at);
  if (!checked.ok) return checked;
  const { project, milestones: rows } = checked.value;
  await db.transaction('rw', db.projects, db.milestones, db.events, async () => {
    await db.projects.add(project);
    await db.milestones.bulkAdd(rows);
    await appendEvent(
      db,
      'project.created',
      project.id,
      { title: project.title, milestones: rows.length },
      at,
    );
  });
  return ok(project);
}

/** Fields of a project edit that changed; undefined clears an optional field (a start or ship date). */
export type ProjectChanges = { [K in keyof ProjectEdit]?: ProjectEdit[K] | undefined };

const editKeys = [
  'title',
  'summary',
  'status',
  'skills',
  'primarySkills',
  'curriculumRef',
  'links',
  'startedOn',
  'shippedOn',
  'designDecisions',
  'postmortem',
] as const satisfies readonly (keyof ProjectEdit)[];

/** What a project save found when the row is no longer the one the form started from. */
export interface ProjectConflict {
  code: 'changed-elsewhere';
  message: string;
  current: Project;
}

export type ProjectSave = { ok: true; value: Project } | { ok: false; error: AppError | ProjectConflict };

/**
 * Writes the fields a form changed over the stored row, so fields another window saved meanwhile stay.
 * With `basedOn` (the `updatedAt` the form started from), a row changed since is not written: the current
 * row comes back for the person to compare and choose.
 */
export async function updateProject(
  db: ShipReadyDatabase,
  projectId: string,
  changes: ProjectChanges,
  basedOn?: string,
): Promise<ProjectSave> {
  return db.transaction('rw', db.projects, db.events, async (): Promise<ProjectSave> => {
    const current = await db.projects.get(projectId);
    if (!current) return fail('not-found', 'That project no longer exists.');
    if (basedOn !== undefined && current.updatedAt !== basedOn) {
      return {
        ok: false,
        error: { code: 'changed-elsewhere', message: 'This project was changed in another window.', current },
      };
    }
    const merged: Record<string, unknown> = {};
    for (const key of editKeys) {
      const value = key in changes ? changes[key] : current[key];
      if (value !== undefined) merged[key] = value;
    }
    const parsed = projectEditSchema.safeParse(merged);
    if (!parsed.success) return fail('invalid-project', describeIssues(parsed.error));
    if (parsed.data.startedOn && parsed.data.shippedOn && parsed.data.shippedOn < parsed.data.startedOn) {
      return fail('invalid-project', 'shippedOn: the ship date is before the start date.');
    }
    let at = nowIso();
    if (at <= current.updatedAt) at = new Date(Date.parse(current.updatedAt) + 1).toISOString();
    const next: Project = { ...current, ...parsed.data, updatedAt: at };
    for (const key of editKeys) if (parsed.data[key] === undefined) delete next[key as keyof Project];
    await db.projects.put(next);
    await appendEvent(db, 'project.updated', projectId, { status: next.status }, at);
    return ok(next);
  });
}

export async function archiveProject(
  db: ShipReadyDatabase,
  projectId: string,
  archived = true,
): Promise<Result<void>> {
  const at = nowIso();
  return db.transaction('rw', db.projects, db.events, async () => {
    const changed = await db.projects.update(projectId, {
      archivedAt: archived ? at : undefined,
      updatedAt: at,
    });
    if (changed === 0) return fail('not-found', 'That project no longer exists.');
    await appendEvent(db, archived ? 'project.archived' : 'project.restored', projectId, undefined, at);
    return ok(undefined);
  });
}

/** Everything a deleted project took with it, so Undo can put it back exactly. */
export interface DeletedProject {
  project: Project;
  milestones: Milestone[];
  runs: EvalRun[];
  metrics: Metric[];
}

export async function deleteProject(
  db: ShipReadyDatabase,
  projectId: string,
): Promise<Result<DeletedProject>> {
  const at = nowIso();
  return db.transaction('rw', [db.projects, db.milestones, db.evalRuns, db.metrics, db.events], async () => {
    const project = await db.projects.get(projectId);
    if (!project) return fail('not-found', 'That project no longer exists.');
    const deleted: DeletedProject = {
      project,
      milestones: await db.milestones.where('projectId').equals(projectId).toArray(),
      runs: await db.evalRuns.where('projectId').equals(projectId).toArray(),
      metrics: await db.metrics.where('projectId').equals(projectId).toArray(),
    };
    await db.milestones.bulkDelete(deleted.milestones.map((m) => m.id));
    await db.metrics.bulkDelete(deleted.metrics.map((m) => m.id));
    await db.evalRuns.bulkDelete(deleted.runs.map((r) => r.id));
    await db.projects.delete(projectId);
    await appendEvent(db, 'project.deleted', projectId, { title: project.title }, at);
    return ok(deleted);
  });
}

export async function restoreProject(db: ShipReadyDatabase, deleted: DeletedProject): Promise<void> {
  await db.transaction('rw', [db.projects, db.milestones, db.evalRuns, db.metrics, db.events], async () => {
    await db.projects.put(deleted.project);
    await db.milestones.bulkPut(deleted.milestones);
    await db.evalRuns.bulkPut(deleted.runs);
    await db.metrics.bulkPut(deleted.metrics);
    await appendEvent(db, 'project.restored', deleted.project.id, { title: deleted.project.title });
  });
}
