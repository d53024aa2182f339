// What a project link really is: the kind the person chose, checked against its host, or read from the host alone.
import type { LinkKind, ProjectLink } from '../domain/projects';

const codeHosts = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sr.ht', 'git.sr.ht'];
const notebookHosts = ['colab.research.google.com', 'nbviewer.org', 'kaggle.com', 'www.kaggle.com'];
const videoHosts = ['youtube.com', 'youtu.be', 'vimeo.com', 'loom.com'];
/** Pages a code host serves as a running site (GitHub Pages, GitLab Pages). */
const pageHosts = ['github.io', 'gitlab.io'];

interface ParsedUrl {
  host: string;
  path: string;
}

function parse(url: string): ParsedUrl | null {
  try {
    const parsed = new URL(url.trim());
    return { host: parsed.hostname.toLowerCase(), path: parsed.pathname.toLowerCase() };
  } catch {
    return null;
  }
}

const onHost = (host: string, known: string[]) =>
  known.some((name) => host === name || host.endsWith(`.${name}`));

/** A notebook however it is labelled: a `.ipynb` file anywhere, or a notebook host. */
function isNotebook(url: ParsedUrl): boolean {
  return url.path.endsWith('.ipynb') || onHost(url.host, notebookHosts);
}

function isCodeHost(url: ParsedUrl): boolean {
  return onHost(url.host, codeHosts) && !onHost(url.host, pageHosts);
}

/** The kind the host alone suggests; never reads the label, whose words mislead ("Report", "Approach"). */
export function guessLinkKind(url: string): LinkKind {
  const parsed = parse(url);
  if (!parsed) return 'other';
  if (isNotebook(parsed)) return 'notebook';
  if (isCodeHost(parsed)) return 'repository';
  if (onHost(parsed.host, videoHosts)) return 'video';
  return 'other';
}

export interface CheckedLink {
  /** The kind readiness counts. */
  kind: LinkKind;
  /** Set when the chosen kind does not fit the host, in words the form can show. */
  problem?: string;
}

/**
 * A repository must be on a code host and a live deployment must not be a code page; a `.ipynb` is a notebook
 * whatever it was called. A link with no chosen kind (old bundles) counts as what its host shows.
 */
export function checkLink(link: ProjectLink): CheckedLink {
  const parsed = parse(link.url);
  const chosen = link.kind ?? guessLinkKind(link.url);
  if (!parsed) return { kind: 'other', problem: 'This address cannot be read.' };
  if (isNotebook(parsed) && chosen !== 'notebook') {
    return { kind: 'notebook', problem: 'This address is a notebook, so it counts as a notebook.' };
  }
  if (chosen === 'repository' && !isCodeHost(parsed)) {
    return {
      kind: 'other',
      problem:
        'A repository link must point at a code host (GitHub, GitLab, Bitbucket, Codeberg or SourceHut).',
    };
  }
  if (chosen === 'live' && isCodeHost(parsed)) {
    return {
      kind: 'other',
      problem: 'A live deployment cannot be a page of a code host; link the running app.',
    };
  }
  return { kind: chosen };
}
