// Conflicts the sync engines left in the folder, each with both versions; the person keeps one, or neither yet.
import type { CohortConflict } from '../../../../shared/cohort/folder-index';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { reloadCohortFolder } from './cohort-folder-state';

/** Enough of each side to tell them apart without drawing a 10 MB bundle. */
const shownChars = 4_000;
const excerpt = (text: string) =>
  text.length > shownChars
    ? `${text.slice(0, shownChars)}\n… (${text.length - shownChars} more characters)`
    : text;

export function ConflictList({ conflicts }: { conflicts: CohortConflict[] }) {
  const notify = useAppStore((state) => state.notify);
  if (conflicts.length === 0) return null;

  async function keep(conflict: CohortConflict, side: 'ours' | 'theirs') {
    const resolved = await desktopApi().resolveCohortConflict({
      path: conflict.path,
      keep: side,
      ...(conflict.copyPath ? { copyPath: conflict.copyPath } : {}),
    });
    if (!resolved.ok) return notify('error', resolved.error.message);
    notify(
      'info',
      `Kept ${side === 'ours' ? conflict.oursLabel : conflict.theirsLabel} for ${conflict.path}.${conflict.engine === 'git' ? ' Commit to finish the merge.' : ''}`,
    );
    await reloadCohortFolder();
  }

  return (
    <section className="card" aria-labelledby="cohort-conflicts-heading">
      <h3 id="cohort-conflicts-heading">Conflicts</h3>
      <p className="muted small">
        {conflicts.length === 1 ? 'One file has' : `${conflicts.length} files have`} two versions. Nothing was
        merged: read both and keep one.
      </p>
      <ul aria-label="Conflicts in the cohort folder" className="conflict-list">
        {conflicts.map((conflict) => (
          <li key={`${conflict.path}:${conflict.copyPath ?? ''}`}>
            <p>
              <code>{conflict.path}</code>{' '}
              <span className="muted small">
                ({conflict.engine === 'git' ? 'git merge conflict' : 'Syncthing conflict copy'})
              </span>
            </p>
            <div className="two-columns">
              {(['ours', 'theirs'] as const).map((side) => (
                <figure key={side} aria-label={side === 'ours' ? conflict.oursLabel : conflict.theirsLabel}>
                  <figcaption>{side === 'ours' ? conflict.oursLabel : conflict.theirsLabel}</figcaption>
                  <pre
                    className="conflict-side"
                    style={{ maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap' }}
                  >
                    {excerpt(side === 'ours' ? conflict.ours : conflict.theirs)}
                  </pre>
                  <button type="button" className="secondary" onClick={() => void keep(conflict, side)}>
                    Keep {side === 'ours' ? 'this copy’s version' : 'the other version'}
                  </button>
                </figure>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
