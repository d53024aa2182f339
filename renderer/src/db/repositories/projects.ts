// Writes projects. Each write and its event land in one transaction, or neither does.
import { type Project, type ProjectDraft, projectDraftSchema } from '../../../../shared/domain/projects';
import { fail, ok, type Result } from '../../../../shared/result';
import { describeIssues } from '../../../../shared/validation';
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

export async function createProject(db: ShipReadyDatabase, draft: ProjectDraft): Promise<Result<Project>> {
  const parsed = projectDraftSchema.safeParse(draft);
  if (!parsed.success) return fail('invalid-project', describeIssues(parsed.error));
  const at = nowIso();
  const project: Project = {
    id: newId(),
    ...parsed.data,
    links: [],
    designDecisions: '',
    postmortem: '',
    createdAt: at,
    updatedAt: at,
  };
  await db.transaction('rw', db.projects, db.events, async () => {
    await db.projects.add(project);
    await appendEvent(db, 'project.created', project.id, { title: project.title }, at);
  });
  return ok(project);
}

export async function archiveProject(db: ShipReadyDatabase, projectId: string): Promise<Result<void>> {
  const at = nowIso();
  return db.transaction('rw', db.projects, db.events, async () => {
    const changed = await db.projects.update(projectId, { archivedAt: at, updatedAt: at });
    if (changed === 0) return fail('not-found', 'That project no longer exists.');
    await appendEvent(db, 'project.archived', projectId, undefined, at);
    return ok(undefined);
  });
}
