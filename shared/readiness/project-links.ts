// Tells a repository link and a live-demo link apart from other project links, by label or by host.
import type { ProjectLink } from '../domain/projects';

const repositoryHosts = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org'];

function hostOf(url: string): string | null {
  try {
    return new URL(url.trim()).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** A link labelled like a repository, or pointing at a code host (its subdomains included, e.g. gist.github.com). */
export function isRepositoryLink(link: ProjectLink): boolean {
  if (/repo/i.test(link.label)) return true;
  const host = hostOf(link.url);
  if (host === null) return false;
  return repositoryHosts.some((known) => host === known || host.endsWith(`.${known}`));
}

/** A link labelled as something running: a demo, an app, a live site. */
export function isDemoLink(link: ProjectLink): boolean {
  return /demo|app|live/i.test(link.label);
}
