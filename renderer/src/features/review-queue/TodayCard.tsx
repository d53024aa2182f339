// "Today" on the roadmap: how many cards are due, how many new ones, and the way into a review session.
import { useAppStore } from '../../store/app-store';
import { ComingUp } from './ComingUp';
import { useReviewQueue } from './use-review-queue';

export function TodayCard() {
  const goTo = useAppStore((state) => state.goTo);
  const data = useReviewQueue();
  if (!data) return null;
  const now = new Date();
  const queue = data.queueAt(now);
  const total = queue.dueCount + queue.newCount;
  return (
    <section className="card" aria-labelledby="today-title" data-testid="today-card">
      <h2 id="today-title">Today</h2>
      {data.introduced.length === 0 ? (
        <p className="muted">
          Finish a lesson and its questions arrive here to review, so what you learned stays.
        </p>
      ) : (
        <>
          <p>
            <span className="big-number inline-number" data-testid="due-count">
              {queue.dueCount}
            </span>{' '}
            {queue.dueCount === 1 ? 'card is' : 'cards are'} due, and{' '}
            <span data-testid="new-count">{queue.newCount}</span> new{' '}
            {queue.newCount === 1 ? 'card waits' : 'cards wait'} (at most {data.newCardsPerDay} a day).
          </p>
          {queue.waitingCount > 0 && (
            <p className="muted small" data-testid="waiting-count">
              {queue.waitingCount} more due cards wait for the next days, so a break never ends in a wall of
              reviews.
            </p>
          )}
          {total > 0 ? (
            <button type="button" className="primary" onClick={() => goTo('roadmap', 'today')}>
              Review {total} {total === 1 ? 'card' : 'cards'} →
            </button>
          ) : (
            <p>Nothing more to review today.</p>
          )}
          <ComingUp data={data} now={now} />
        </>
      )}
    </section>
  );
}
