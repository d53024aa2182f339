import { describe, expect, it } from 'vitest';
import { parseGitStatus } from './git-status';

describe('reading git status', () => {
  it('reads the branch, its upstream, ahead and behind, and counts changes', () => {
    expect(
      parseGitStatus(
        '## main...origin/main [ahead 1, behind 2]\n M students/a1/bundle.json\n?? reviews/x/a1--0000000000000000.json\n',
      ),
    ).toEqual({
      isRepository: true,
      branch: 'main',
      upstream: 'origin/main',
      uncommitted: 2,
      ahead: 1,
      behind: 2,
      conflicted: [],
    });
  });

  it('lists files left in a merge conflict', () => {
    const state = parseGitStatus(
      '## main...origin/main [ahead 1, behind 1]\nUU students/a1/bundle.json\nM  cohort.json\n',
    );
    expect(state.conflicted).toEqual(['students/a1/bundle.json']);
    expect(state.uncommitted).toBe(2);
  });

  it('copes with a branch without upstream, a fresh repository and a detached head', () => {
    expect(parseGitStatus('## main\n')).toMatchObject({ branch: 'main', upstream: null, ahead: 0 });
    expect(parseGitStatus('## No commits yet on main\n')).toMatchObject({ branch: 'main', uncommitted: 0 });
    expect(parseGitStatus('## HEAD (no branch)\n')).toMatchObject({ branch: null });
  });
});
