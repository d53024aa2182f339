// A labelled progress bar: done and skipped shown apart, the denominator always visible.
import { describeProgress, type ProgressCount } from '../../../../shared/progress/summary';

export function ProgressBar({ count, label }: { count: ProgressCount; label: string }) {
  const done = count.total === 0 ? 0 : (count.done / count.total) * 100;
  const skipped = count.total === 0 ? 0 : (count.skipped / count.total) * 100;
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={count.total}
        aria-valuenow={count.complete}
        aria-valuetext={describeProgress(count)}
      >
        <span className="progress-done" style={{ width: `${done}%` }} />
        <span className="progress-skipped" style={{ width: `${skipped}%` }} />
      </div>
      <span className="progress-text">{describeProgress(count)}</span>
    </div>
  );
}
