// The next due dates of the cards already rated: what reviewing today bought, and when each returns.
import type { ReviewQueueData } from './use-review-queue';

// Made on first use: creating a formatter loads the locale's data (about 12 ms in the start-up CPU profile,
// `node bench/profile-start.mjs`), which the roadmap's first screen paid even with nothing coming up.
let dateFormat: Intl.DateTimeFormat | undefined;
function formatDue(due: string): string {
  dateFormat ??= new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  return dateFormat.format(new Date(due));
}

export function ComingUp({ data, now, limit = 5 }: { data: ReviewQueueData; now: Date; limit?: number }) {
  const upcoming = [...data.states.values()]
    .filter((state) => Date.parse(state.due) > now.getTime() && data.cardsById.has(state.id))
    .sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id))
    .slice(0, limit);
  if (upcoming.length === 0) return null;
  return (
    <>
      <h3>Coming up</h3>
      <ol className="next-steps" aria-label="Next due dates">
        {upcoming.map((state) => (
          <li key={state.id} data-testid="next-due" data-card-id={state.id} data-due={state.due}>
            <time dateTime={state.due}>{formatDue(state.due)}</time>
            <span className="muted small"> · {data.cardsById.get(state.id)?.sourceTitle}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
