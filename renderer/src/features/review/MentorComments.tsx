// A mentor's ideas about one project, beside it, newest review first.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-context';

export function MentorComments({ projectId }: { projectId: string }) {
  const db = useDatabase();
  const reviews = useLiveQuery(() => db.reviews.orderBy('receivedAt').reverse().toArray(), [db]);
  const comments = (reviews ?? []).flatMap((review) =>
    review.comments.filter((c) => c.itemId === `project:${projectId}`).map((c) => ({ review, text: c.text })),
  );
  if (comments.length === 0) return null;
  return (
    <section className="card mentor-comments" aria-labelledby={`mentor-${projectId}`}>
      <h2 id={`mentor-${projectId}`}>Mentor comments</h2>
      {comments.map(({ review, text }) => (
        <div key={review.id} className="mentor-comment">
          <p className="muted small">
            {review.mentorName} · {new Date(review.receivedAt).toLocaleDateString()}
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
