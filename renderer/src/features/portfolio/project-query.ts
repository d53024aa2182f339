// Which projects the list shows and in what order: a search over title and summary, a status, a skill,
// archived or not, sorted by last update, title, status or readiness contribution.
import { type Project, type ProjectStatus, projectStatuses } from '../../../../shared/domain/projects';

export type ProjectSort = 'updated' | 'title' | 'status' | 'readiness';

export const projectSortLabels: Record<ProjectSort, string> = {
  updated: 'Recently updated',
  title: 'Title (A to Z)',
  status: 'Status (idea to shipped)',
  readiness: 'Readiness contribution (most first)',
};

export interface ProjectQuery {
  search: string;
  status: ProjectStatus | 'all';
  /** A skill id, or 'all'. */
  skill: string;
  showArchived: boolean;
  sort: ProjectSort;
}

export const defaultProjectQuery: ProjectQuery = {
  search: '',
  status: 'all',
  skill: 'all',
  showArchived: false,
  sort: 'updated',
};

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every word of the search must appear in the title or the summary, in any case. */
function matches(project: Project, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = `${project.title}\n${project.summary}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * `contributions`: project id → measured and shown readiness points it helps earn (`projectContributions`), for the
 * 'readiness' sort; a project missing from it counts 0.
 */
export function queryProjects(
  projects: readonly Project[],
  query: ProjectQuery,
  contributions: ReadonlyMap<string, number> = new Map(),
): Project[] {
  const words = query.search.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = projects.filter(
    (project) =>
      (query.showArchived || !project.archivedAt) &&
      (query.status === 'all' || project.status === query.status) &&
      (query.skill === 'all' || project.skills.includes(query.skill)) &&
      matches(project, words),
  );
  const compare: Record<ProjectSort, (a: Project, b: Project) => number> = {
    updated: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
    title: (a, b) => byTitle.compare(a.title, b.title),
    status: (a, b) => projectStatuses.indexOf(a.status) - projectStatuses.indexOf(b.status),
    readiness: (a, b) => (contributions.get(b.id) ?? 0) - (contributions.get(a.id) ?? 0),
  };
  // Ties keep the most recently updated first, so the order never jumps between renders.
  return shown.sort((a, b) => compare[query.sort](a, b) || compare.updated(a, b) || (a.id < b.id ? -1 : 1));
}

/** The skills the projects train, for the skill filter: only ones some project has. */
export function skillsInProjects(projects: readonly Project[]): string[] {
  return [...new Set(projects.flatMap((project) => project.skills))].sort();
}
