// Writes a project's milestones: add, edit, mark done, reorder and delete, each with its event.
import {
  type Milestone,
  type MilestoneDraft,
  milestoneDraftSchema,
} from '../../../../shared/domain/projects';
import { fail, ok, type Result } from '../../../../shared/result';
import { describeIssues } from '../../../../shared/validation';
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

const ordered = (db: ShipReadyDatabase, projectId: string) =>
  db.milestones.where('projectId').equals(projectId).sortBy('order');

export async function addMilestone(
  db: ShipReadyDatabase,
  projectId: string,
  draft: MilestoneDraft,
): Promise<Result<Milestone>> {
  const parsed = milestoneDraftSchema.safeParse(draft);
  if (!parsed.success) return fail('invalid-milestone', describeIssues(parsed.error));
  const at = nowIso();
  return db.transaction('rw', db.projects, db.milestones, db.events, async () => {
    if (!(await db.projects.get(projectId))) return fail('not-found', 'That project no longer exists.');
    const last = (await ordered(db, projectId)).at(-1);
    const milestone: Milestone = {
      id: newId(),
      projectId,
      ...parsed.data,
      order: (last?.order ?? -1) + 1,
      createdAt: at,
      updatedAt: at,
    };
    await db.milestones.add(milestone);
    await appendEvent(db, 'milestone.saved', milestone.id, { projectId }, at);
    return ok(milestone);
  });
}

export async function updateMilestone(
  db: ShipReadyDatabase,
  id: string,
  draft: MilestoneDraft,
): Promise<Result<Milestone>> {
  const parsed = milestoneDraftSchema.safeParse(draft);
  if (!parsed.success) return fail('invalid-milestone', describeIssues(parsed.error));
  const at = nowIso();
  return db.transaction('rw', db.milestones, db.events, async () => {
    const current = await db.milestones.get(id);
    if (!current) return fail('not-found', 'That milestone no longer exists.');
    const next: Milestone = { ...current, ...parsed.data, updatedAt: at };
    if (!parsed.data.dueOn) delete next.dueOn;
    if (!parsed.data.doneOn) delete next.doneOn;
    await db.milestones.put(next);
    await appendEvent(
      db,
      'milestone.saved',
      id,
      { projectId: current.projectId, done: Boolean(next.doneOn) },
      at,
    );
    return ok(next);
  });
}

/** Moves a milestone one place up (-1) or down (+1), swapping orders with its neighbour. */
export async function moveMilestone(db: ShipReadyDatabase, id: string, by: -1 | 1): Promise<Result<void>> {
  return db.transaction('rw', db.milestones, db.events, async () => {
    const current = await db.milestones.get(id);
    if (!current) return fail('not-found', 'That milestone no longer exists.');
    const list = await ordered(db, current.projectId);
    const index = list.findIndex((m) => m.id === id);
    const neighbour = list[index + by];
    if (!neighbour) return ok(undefined);
    const at = nowIso();
    await db.milestones.update(current.id, { order: neighbour.order, updatedAt: at });
    await db.milestones.update(neighbour.id, { order: current.order, updatedAt: at });
    await appendEvent(db, 'milestone.saved', id, { projectId: current.projectId, moved: by }, at);
    return ok(undefined);
  });
}

export async function deleteMilestone(db: ShipReadyDatabase, id: string): Promise<Result<Milestone>> {
  return db.transaction('rw', db.milestones, db.events, async () => {
    const current = await db.milestones.get(id);
    if (!current) return fail('not-found', 'That milestone no longer exists.');
    await db.milestones.delete(id);
    await appendEvent(db, 'milestone.deleted', id, { projectId: current.projectId });
    return ok(current);
  });
}

export async function restoreMilestone(db: ShipReadyDatabase, milestone: Milestone): Promise<void> {
  await db.transaction('rw', db.milestones, db.events, async () => {
    await db.milestones.put(milestone);
    await appendEvent(db, 'milestone.saved', milestone.id, {
      projectId: milestone.projectId,
      restored: true,
    });
  });
}
