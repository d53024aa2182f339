// The mentor's side: open student bundles (read-only, kept apart from your data) and pick one to review.
import { openFilterFor } from '../../../../shared/ipc/file-kinds';
import { useOpenedBundles } from '../../db/live-review-space';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { CohortFolderList } from '../cohort/CohortFolderList';
import { OpenedBundleList } from './OpenedBundleList';
import { openBundleInReviewSpace } from './open-bundle';

export function ReviewSpaceHome() {
  const notify = useAppStore((state) => state.notify);
  const goTo = useAppStore((state) => state.goTo);
  const bundles = useOpenedBundles();

  async function openBundle() {
    const picked = await desktopApi().openFile({ filters: [openFilterFor('bundle')] });
    if (!picked.ok) return notify('error', picked.error.message);
    if (!picked.value) return;
    const opened = await openBundleInReviewSpace(picked.value);
    if (!opened.ok) return notify('error', opened.error.message);
    goTo('review', 'bundle', opened.value);
  }

  return (
    <section className="card" aria-labelledby="space-heading">
      <div className="card-heading">
        <h2 id="space-heading">Review space (for mentors)</h2>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => void openBundle()}>
            Open a student’s bundle…
          </button>
          {new Set(bundles?.map((b) => b.owner.trim().toLocaleLowerCase())).size >= 2 && (
            <button type="button" className="secondary" onClick={() => goTo('review', 'cohort')}>
              Compare the cohort
            </button>
          )}
        </div>
      </div>
      <p className="muted small">
        Bundles open read-only in a space of their own: they never mix with your own data.
      </p>
      {bundles?.length === 0 && <p className="muted">No bundles opened yet.</p>}
      {bundles && bundles.length > 0 && <OpenedBundleList bundles={bundles} />}
      <CohortFolderList />
    </section>
  );
}
