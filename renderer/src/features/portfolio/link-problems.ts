// What stops a project's links from being saved, one sentence per problem naming the field by its on-screen label
// ("Link 2 address"), so the form says it before saving rather than the database refusing a raw path.
import type { ProjectLink } from '../../../../shared/domain/projects';
import { addressProblem, withHttps } from '../../../../shared/text/web-address';

export const maxLinkLabel = 120;

export function linkProblem(link: ProjectLink, index: number): string | null {
  const name = `Link ${index + 1}`;
  const label = link.label.trim();
  if (label === '') return `${name} label is empty; give the link a name, such as Repository.`;
  if (label.length > maxLinkLabel)
    return `${name} label is ${label.length} characters; at most ${maxLinkLabel} fit.`;
  if (withHttps(link.url) === '') return `${name} address is empty; type its web address or remove the link.`;
  return addressProblem(link.url, `${name} address`);
}

/** Every link's problem, in order; empty when all can be saved. */
export function linkProblems(links: readonly ProjectLink[]): string[] {
  return links.flatMap((link, index) => linkProblem(link, index) ?? []);
}
