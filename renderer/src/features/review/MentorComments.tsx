// A mentor's ideas about one project, beside it, newest review first.
import { formatDayOf } from '../../../../shared/progress/format-day';
import { useReceivedReviews } from '../../db/live-reviews';

export function MentorComments({ projectId }: { projectId: string }) {
  const reviews = useReceivedReviews();
  const comments = (reviews ?? []).flatMap((review) =>
    review.comments
      .filter((c) => c.itemType === 'project' && c.itemId === projectId)
      .map((c) => ({ review, text: c.text })),
  );
  if (comments.length === 0) return null;
  return (
    <section className="card mentor-comments" aria-labelledby={`mentor-${projectId}`}>
      <h2 id={`mentor-${projectId}`}>Mentor comments</h2>
      {comments.map(({ review, text }) => (
        <div key={review.id} className="mentor-comment">
          <p className="muted small">
            {review.mentorName} · {formatDayOf(review.receivedAt)}
          </p>
          <ul>
            {text.split('\n').map((idea) => (
              <li key={idea}>{idea}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
