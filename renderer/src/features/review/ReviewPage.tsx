// Review: the mentor's review space (bundles, one review, the cohort) and the reviews a student received.

import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { BundleReview } from './BundleReview';
import { CohortView } from './CohortView';
import { ReceivedReviews } from './ReceivedReviews';
import { ReviewSpaceHome } from './ReviewSpaceHome';

export function ReviewPage() {
  const path = useAppStore((state) => state.route.path);
  // Keyed by bundle: each bundle's draft is its own, never carried over from the one viewed before.
  if (path[0] === 'bundle' && path[1]) return <BundleReview key={path[1]} hash={path[1]} />;
  if (path[0] === 'cohort') return <CohortView />;
  return <ReviewHome />;
}

function ReviewHome() {
  useFirstScreenReady(true);
  return (
    <>
      <header className="page-header">
        <h1>Review</h1>
        <p className="lede">Mentor reviews travel as files: no server, no account.</p>
      </header>
      <div className="two-columns">
        <ReceivedReviews />
        <ReviewSpaceHome />
      </div>
    </>
  );
}
