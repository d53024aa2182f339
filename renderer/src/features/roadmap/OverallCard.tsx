// Overall progress and progress per skill layer, each with its denominator.
import { countProgress, groupProgress } from '../../../../shared/progress/summary';
import { ProgressBar } from './ProgressBar';
import type { RoadmapData } from './use-roadmap';

export function OverallCard({ data }: { data: RoadmapData }) {
  const overall = countProgress(data.items, data.statusOf);
  const layers = groupProgress(data.items, (item) => item.layer, data.statusOf);
  return (
    <section className="card" aria-labelledby="overall-title">
      <h2 id="overall-title">Your progress</h2>
      <p className="big-number">
        {overall.percent}
        <span>%</span>
      </p>
      <ProgressBar count={overall} label="Overall progress" />
      <p className="muted small">
        Counts all {overall.total} lessons and tasks. Skipped items count toward 100% and are shown apart.
      </p>
      <h3>By layer</h3>
      {data.curriculum.layers.map((layer) => {
        const count = layers.get(layer.id);
        return count ? (
          <div key={layer.id} className="layer-row">
            <span className="layer-name">{layer.title}</span>
            <ProgressBar count={count} label={`${layer.title} layer progress`} />
          </div>
        ) : null;
      })}
    </section>
  );
}
