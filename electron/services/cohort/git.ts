// The system `git`, run with an argument array (never a shell string) in the cohort folder.
import { execFile } from 'node:child_process';
import { type GitState, notARepository, parseGitStatus } from '../../../shared/cohort/git-status';
import { DesktopError } from '../desktop-error';

export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs git with these arguments in `cwd`; never rejects for a non-zero exit, only when git is missing. */
export type RunGit = (cwd: string, args: string[]) => Promise<GitRun>;

export const runSystemGit: RunGit = (cwd, args) =>
  new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        // Never wait for a password prompt nobody can see; never open an editor for a merge message.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true', GIT_MERGE_AUTOEDIT: 'no' },
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            new DesktopError('git-missing', 'git is not installed on this computer, or not on the PATH.'),
          );
          return;
        }
        const code = error ? Number((error as { code?: unknown }).code ?? 1) || 1 : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });

/** The last line git wrote, as the reason a person reads. */
const reason = (run: GitRun) =>
  (run.stderr.trim() || run.stdout.trim()).split('\n').filter(Boolean).at(-1)?.slice(0, 300) ?? '';

export function createGit(runGit: RunGit) {
  async function state(folder: string): Promise<GitState> {
    const inside = await runGit(folder, ['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.trim() !== 'true') return notARepository;
    const status = await runGit(folder, [
      'status',
      '--porcelain=v1',
      '--branch',
      '--untracked-files=all',
      '--',
      '.',
    ]);
    if (status.code !== 0) throw new DesktopError('git-failed', `git status failed: ${reason(status)}`);
    return parseGitStatus(status.stdout);
  }

  async function must(folder: string, args: string[], what: string): Promise<GitRun> {
    const run = await runGit(folder, args);
    if (run.code !== 0) throw new DesktopError('git-failed', `${what}: ${reason(run)}`);
    return run;
  }

  return {
    state,
    /** Asks the remote what it has, so "behind" is true to it. */
    async fetch(folder: string) {
      await must(folder, ['fetch', '--quiet'], 'Could not reach the remote');
    },
    async commit(folder: string, message: string) {
      await must(folder, ['add', '--all', '--', '.'], 'git add failed');
      const current = await state(folder);
      if (current.uncommitted === 0)
        throw new DesktopError('nothing-to-commit', 'There is nothing to commit.');
      await must(folder, ['commit', '--quiet', '-m', message, '--', '.'], 'The commit failed');
    },
    async push(folder: string) {
      const current = await state(folder);
      const args = current.upstream
        ? ['push', '--quiet']
        : ['push', '--quiet', '--set-upstream', 'origin', 'HEAD'];
      const run = await runGit(folder, args);
      if (run.code === 0) return;
      if (/rejected|fetch first|non-fast-forward/.test(run.stderr))
        throw new DesktopError(
          'push-rejected',
          'The remote has changes you do not have yet: pull first, then push.',
        );
      throw new DesktopError('git-failed', `The push failed: ${reason(run)}`);
    },
    /** Merges what the remote has; a conflict is left in the files (and shown), never resolved here. */
    async pull(folder: string): Promise<{ conflicted: boolean }> {
      const run = await runGit(folder, ['pull', '--no-rebase', '--no-edit', '--quiet']);
      if (run.code === 0) return { conflicted: false };
      if (/CONFLICT/.test(run.stdout + run.stderr)) return { conflicted: true };
      throw new DesktopError('git-failed', `The pull failed: ${reason(run)}`);
    },
  };
}

export type CohortGit = ReturnType<typeof createGit>;
