// The first-launch welcome: what the four areas are for, and the two ways to begin. It shows only while there
// is nothing yet (no progress, no lesson opened, no project), so it never stands between a person and their work.
import { useAllProjects } from '../../db/live-portfolio';
import { useAppStore } from '../../store/app-store';
import { reportWrite } from '../../ui/report-write';
import { useBundleImport } from '../exchange/BundleImport';

const areas: [string, string][] = [
  ['Roadmap', 'six months of lessons and tasks, week by week'],
  ['Portfolio', 'the projects you build and the numbers that prove them'],
  ['Readiness', 'how ready you are for a role, from that evidence'],
  ['Review', 'feedback from a mentor on the portfolio you send them'],
];

export function Welcome({
  firstLessonId,
  hasProgress,
}: {
  firstLessonId: string | undefined;
  hasProgress: boolean;
}) {
  const goTo = useAppStore((state) => state.goTo);
  const projects = useAllProjects();
  const bundleImport = useBundleImport();
  if (hasProgress || projects === undefined || projects.length > 0) return null;
  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to ShipReady</h2>
      <ul className="welcome-areas">
        {areas.map(([name, purpose]) => (
          <li key={name}>
            <strong>{name}</strong>: {purpose}.
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            firstLessonId ? goTo('roadmap', 'lesson', firstLessonId) : goTo('roadmap', 'month', 'month-1')
          }
        >
          Start month 1
        </button>
        <button type="button" className="secondary" onClick={() => reportWrite(bundleImport.choose())}>
          Import my portfolio…
        </button>
      </div>
      {bundleImport.view}
    </section>
  );
}
