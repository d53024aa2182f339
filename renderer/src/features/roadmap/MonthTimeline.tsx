// The six months as a timeline, each with its progress, opening the month when chosen.
import { groupProgress } from '../../../../shared/progress/summary';
import { useAppStore } from '../../store/app-store';
import { ProgressBar } from './ProgressBar';
import type { RoadmapData } from './use-roadmap';

export function MonthTimeline({ data }: { data: RoadmapData }) {
  const goTo = useAppStore((state) => state.goTo);
  const byMonth = groupProgress(data.items, (item) => item.monthId, data.statusOf);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Six months</h2>
      <ol className="timeline">
        {data.curriculum.months.map((month) => {
          const count = byMonth.get(month.id);
          return (
            <li key={month.id} className={`timeline-month layer-${month.layer}`}>
              <button
                type="button"
                className="timeline-card"
                onClick={() => goTo('roadmap', 'month', month.id)}
              >
                <span className="eyebrow">
                  Month {month.number} · {month.layer}
                </span>
                <span className="timeline-title">{month.title}</span>
                <span className="muted small">{month.milestone.title}</span>
              </button>
              {count && <ProgressBar count={count} label={`Month ${month.number} progress`} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
