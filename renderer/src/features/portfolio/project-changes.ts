// Which fields of a project form differ from the row the form started from: only those are saved, so a
// field another window changed meanwhile is never put back to its old value.
import type { Project } from '../../../../shared/domain/projects';
import { primarySkillsOf } from '../../../../shared/readiness/project-aggregates';
import type { ProjectChanges } from '../../db/repositories/projects';

/** The form's fields as the stored row holds them. */
export function editOfProject(project: Project): Required<ProjectChanges> {
  return {
    title: project.title,
    summary: project.summary,
    status: project.status,
    skills: project.skills,
    primarySkills: primarySkillsOf(project),
    curriculumRef: project.curriculumRef,
    links: project.links,
    startedOn: project.startedOn,
    shippedOn: project.shippedOn,
    designDecisions: project.designDecisions,
    postmortem: project.postmortem,
  };
}

export function projectChanges(base: Project, edit: Required<ProjectChanges>): ProjectChanges {
  const before = editOfProject(base);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(edit) as (keyof ProjectChanges)[]) {
    if (JSON.stringify(edit[key] ?? null) !== JSON.stringify(before[key] ?? null)) changes[key] = edit[key];
  }
  return changes as ProjectChanges;
}

/** A changed field's value as a person reads it, for the "changed in another window" comparison. */
export function shownValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (Array.isArray(value))
    return value
      .map((v) => (typeof v === 'object' && v && 'url' in v ? String(v.url) : String(v)))
      .join(', ');
  return String(value);
}
