// Version 2: every project link gets a kind (guessed once from its host and marked "guessed, please confirm") and
// every project its primary skills (the first four tags). Shipped; never edit, add a new version instead.
import type { Transaction } from 'dexie';
import type { Project, ProjectLink } from '../../../../shared/domain/projects';
import { maxPrimarySkills } from '../../../../shared/domain/projects';
import { guessLinkKind } from '../../../../shared/readiness/link-kinds';
import type { SchemaVersion } from './schema-version';

/** No index changes: the new fields live inside the project rows. */
export const v2Stores = {} as const;

/** A link from version 1 gets its host's kind, flagged so the form asks the person to confirm it. */
export function guessedLink(link: ProjectLink): ProjectLink {
  if (link.kind !== undefined) return link;
  return { ...link, kind: guessLinkKind(link.url), kindGuessed: true };
}

export function migrateProject(project: Project): Project {
  const migrated: Project = { ...project, links: project.links.map(guessedLink) };
  if (migrated.primarySkills === undefined)
    migrated.primarySkills = project.skills.slice(0, maxPrimarySkills);
  return migrated;
}

async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table<Project>('projects')
    .toCollection()
    .modify((project, ref) => {
      ref.value = migrateProject(project);
    });
}

export const v2LinkKindsAndPrimarySkills: SchemaVersion = { version: 2, stores: v2Stores, upgrade };
