// Reads `git status --porcelain=v1 --branch` into what the cohort card shows: changes, ahead, behind, conflicts.

export interface GitState {
  isRepository: boolean;
  branch: string | null;
  /** The upstream branch (`origin/main`), or null when the branch tracks none. */
  upstream: string | null;
  /** Files changed, added or deleted and not yet committed. */
  uncommitted: number;
  ahead: number;
  behind: number;
  /** Files git left in a merge conflict. */
  conflicted: string[];
}

export const notARepository: GitState = {
  isRepository: false,
  branch: null,
  upstream: null,
  uncommitted: 0,
  ahead: 0,
  behind: 0,
  conflicted: [],
};

const conflictCodes = new Set(['DD', 'AU', 'UD', 'UA', 'DU', 'AA', 'UU']);

export function parseGitStatus(output: string): GitState {
  const lines = output.split('\n').filter((line) => line.length > 0);
  const header = lines[0]?.startsWith('## ') ? (lines.shift()?.slice(3) ?? '') : '';
  let branch: string | null = null;
  let upstream: string | null = null;
  let ahead = 0;
  let behind = 0;
  const noCommits = /^No commits yet on (.+)$/.exec(header);
  if (noCommits?.[1]) branch = noCommits[1];
  else if (header && !header.startsWith('HEAD (no branch)')) {
    const [names = '', counts = ''] = header.split(' [');
    const [name, tracked] = names.split('...');
    branch = name ?? null;
    upstream = tracked ?? null;
    ahead = Number(/ahead (\d+)/.exec(counts)?.[1] ?? 0);
    behind = Number(/behind (\d+)/.exec(counts)?.[1] ?? 0);
  }
  const conflicted = lines.filter((line) => conflictCodes.has(line.slice(0, 2))).map((line) => line.slice(3));
  return {
    isRepository: true,
    branch,
    upstream,
    uncommitted: lines.length,
    ahead,
    behind,
    conflicted,
  };
}
