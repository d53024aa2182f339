// Reviews a mentor sent back: import one (checked against the bundles you exported), see them all.
import { openFilterFor } from '../../../../shared/ipc/file-kinds';
import { formatDayOf } from '../../../../shared/progress/format-day';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { useAllProjects } from '../../db/live-portfolio';
import { useReceivedReviews } from '../../db/live-reviews';
import { removeReceivedReview, restoreReceivedReview } from '../../db/repositories/reviews';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { reportWrite } from '../../ui/report-write';
import { importReviewFile } from './import-review';

export function ReceivedReviews() {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const reviews = useReceivedReviews();
  const projects = useAllProjects();

  async function importReview() {
    const picked = await desktopApi().openFile({ filters: [openFilterFor('review')] });
    if (!picked.ok) return notify('error', picked.error.message);
    if (!picked.value) return;
    const imported = await importReviewFile(db, picked.value);
    notify(imported.ok ? 'info' : 'error', imported.ok ? imported.value : imported.error.message);
  }

  async function remove(id: string) {
    try {
      const removed = await removeReceivedReview(db, id);
      if (!removed) return;
      notify('info', `Removed ${removed.mentorName}’s review of ${formatDayOf(removed.receivedAt)}.`, {
        label: 'Undo',
        run: () => reportWrite(restoreReceivedReview(db, removed)),
      });
    } catch (error) {
      notify('error', describeDatabaseError(error));
    }
  }

  const titleOf = (comment: { itemType: string; itemId: string }) =>
    (comment.itemType === 'project' ? projects?.find((p) => p.id === comment.itemId)?.title : undefined) ??
    'a project no longer here';
  return (
    <section className="card" aria-labelledby="received-heading">
      <div className="card-heading">
        <h2 id="received-heading">Reviews you received</h2>
        <button type="button" className="secondary" onClick={() => void importReview()}>
          Import a review…
        </button>
      </div>
      {reviews?.length === 0 && (
        <p className="muted">When a mentor sends back a review file, import it here.</p>
      )}
      <ol className="review-history" aria-label="Reviews received">
        {reviews?.map((review) => (
          <li key={review.id}>
            <p>
              <strong>{review.mentorName}</strong> · {formatDayOf(review.receivedAt)} ·{' '}
              {review.recommendation}{' '}
              <button
                type="button"
                className="link small"
                aria-label={`Remove ${review.mentorName}’s review of ${formatDayOf(review.receivedAt)}`}
                onClick={() => void remove(review.id)}
              >
                Remove
              </button>
            </p>
            <ul>
              {review.comments.map((comment) => (
                <li key={`${comment.itemType}\u0000${comment.itemId}`}>
                  <em>{titleOf(comment)}:</em> {comment.text.split('\n').join(' · ')}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
