// The folder's git state (changes not committed, ahead, behind) and commit, push and pull through git.
import { useId, useState } from 'react';
import type { GitState } from '../../../../shared/cohort/git-status';
import { ok, type Result } from '../../../../shared/result';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { reloadCohortFolder } from './cohort-folder-state';

export function describeGitState(git: GitState): string {
  if (!git.isRepository) return 'Not a git working copy: ShipReady reads and writes the files as they are.';
  const parts = [
    git.uncommitted === 0
      ? 'nothing to commit'
      : `${git.uncommitted} ${git.uncommitted === 1 ? 'change' : 'changes'} not committed`,
    git.upstream ? `${git.ahead} to push, ${git.behind} behind ${git.upstream}` : 'no remote branch yet',
  ];
  if (git.conflicted.length > 0) parts.push(`${git.conflicted.length} in conflict`);
  return `On ${git.branch ?? 'a detached head'}: ${parts.join(' · ')}.`;
}

export function GitPanel({ git }: { git: GitState }) {
  const id = useId();
  const notify = useAppStore((state) => state.notify);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  async function run(label: string, work: () => Promise<Result<GitState | undefined>>, done: string) {
    setBusy(label);
    try {
      const result = await work();
      if (!result.ok) notify('error', result.error.message);
      else if (result.value && result.value.conflicted.length > 0)
        notify(
          'error',
          `Git left ${result.value.conflicted.length} file(s) in conflict; nothing was merged. Choose a version under Conflicts.`,
        );
      else notify('info', done);
      await reloadCohortFolder();
    } finally {
      setBusy(null);
    }
  }
  const action = (kind: 'commit' | 'push' | 'pull', done: string) =>
    run(
      kind,
      () =>
        desktopApi().cohortGitAction({
          action: kind,
          ...(message.trim() ? { message: message.trim() } : {}),
        }),
      done,
    );

  return (
    <section aria-labelledby={`${id}-git`}>
      <h3 id={`${id}-git`}>Git</h3>
      <p role="status">{describeGitState(git)}</p>
      {git.isRepository && (
        <>
          <label htmlFor={`${id}-message`}>Commit message</label>
          <input
            id={`${id}-message`}
            value={message}
            maxLength={500}
            placeholder="ShipReady: cohort update"
            onChange={(e) => setMessage(e.target.value)}
          />
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={busy !== null}
              onClick={() => void action('commit', 'Committed.')}
            >
              Commit
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy !== null}
              onClick={() => void action('push', 'Pushed to the remote.')}
            >
              Push
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy !== null}
              onClick={() => void action('pull', 'Pulled from the remote.')}
            >
              Pull
            </button>
            <button
              type="button"
              className="link"
              disabled={busy !== null}
              onClick={() =>
                void run(
                  'check',
                  async () => {
                    await reloadCohortFolder(true);
                    return ok(undefined);
                  },
                  'Checked the remote.',
                )
              }
            >
              Check the remote
            </button>
          </div>
        </>
      )}
    </section>
  );
}
