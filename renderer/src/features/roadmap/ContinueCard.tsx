// "Continue where you left off" (once there is something to continue) and the next three things to do.
import { nextSteps } from '../../../../shared/progress/next-steps';
import { inlineLabel } from '../../../../shared/text/plural';
import { useSetting } from '../../db/live';
import { settingKeys } from '../../db/settings-keys';
import { useAppStore } from '../../store/app-store';
import { statusLabels } from './status-actions';
import type { RoadmapData } from './use-roadmap';

export function ContinueCard({ data, started }: { data: RoadmapData; started: boolean }) {
  const goTo = useAppStore((state) => state.goTo);
  const lastVisited = useSetting<string>(settingKeys.lastVisitedItem);
  const steps = nextSteps(data.items, data.statusOf);
  const last = data.items.find((item) => item.id === lastVisited && item.kind === 'lesson');
  const resume =
    last && data.statusOf(last.id) !== 'done' ? last : steps.find((item) => item.kind === 'lesson');
  const open = (id: string, kind: string, monthId: string) =>
    kind === 'lesson' ? goTo('roadmap', 'lesson', id) : goTo('roadmap', 'month', monthId);
  return (
    <section className="card" aria-labelledby="continue-title">
      <h2 id="continue-title">{started ? 'Continue where you left off' : 'Where to start'}</h2>
      {!started ? null : resume ? (
        <button
          type="button"
          className="primary continue"
          onClick={() => open(resume.id, resume.kind, resume.monthId)}
        >
          {resume.title} →
        </button>
      ) : (
        <p>Everything is done or skipped. Well shipped.</p>
      )}
      <h3>{started ? 'Next three things' : 'The first three things'}</h3>
      <ol className="next-steps" aria-label="Next three things">
        {steps.map((item) => (
          <li key={item.id}>
            <button type="button" className="link" onClick={() => open(item.id, item.kind, item.monthId)}>
              {item.title}
            </button>
            <span className="muted small">
              {' '}
              · {item.kind === 'lesson' ? 'lesson' : 'task'} ·{' '}
              {inlineLabel(statusLabels[data.statusOf(item.id)])}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
