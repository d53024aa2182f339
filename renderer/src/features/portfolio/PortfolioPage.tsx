// The portfolio: the project list and overview charts, or one project, chosen by the route.
import { useDeferredValue, useMemo } from 'react';
import { weekWindowStart } from '../../../../shared/charts/series';
import { useAllProjects, useDashboardEvidence } from '../../db/live-portfolio';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { localDay } from '../../ui/local-day';
import { lazyModule, useLazyDefault } from '../../ui/use-lazy-default';
import { ExchangeActions } from '../exchange/ExchangeActions';
import { NewProjectForm } from './NewProjectForm';
import { ProjectList } from './ProjectList';
import { ProjectPage } from './ProjectPage';

// Requested as the overview mounts, so the charts' code arrives while the rows are still being read.
const loadDashboardCharts = lazyModule(() => import('./charts/DashboardCharts'));

/** Loads the dashboard's charts ahead of a visit (the app calls it while idle after start). */
export const prefetch = () => loadDashboardCharts();

export function PortfolioPage() {
  const path = useAppStore((state) => state.route.path);
  if (path[0] === 'project' && path[1]) return <ProjectPage projectId={path[1]} />;
  return <PortfolioOverview />;
}

function PortfolioOverview() {
  const DashboardCharts = useLazyDefault(loadDashboardCharts);
  const projects = useAllProjects();
  // Only runs the weekly chart can count are read; an earlier day than the chart's own today only reads more.
  const evidence = useDashboardEvidence(weekWindowStart(localDay()) ?? '');
  useFirstScreenReady(projects !== undefined);
  // The project list draws first; the charts follow in a render React may hold back, so they never delay it.
  const chartProjects = useDeferredValue(projects);
  const chartEvidence = useDeferredValue(evidence);
  const charts = useMemo(
    () =>
      DashboardCharts && chartProjects ? (
        <DashboardCharts projects={chartProjects} evidence={chartEvidence} />
      ) : null,
    [DashboardCharts, chartProjects, chartEvidence],
  );
  return (
    <>
      <header className="page-header">
        <h1>Portfolio</h1>
        <p className="lede">What you built, and the numbers that show it works.</p>
        <ExchangeActions />
      </header>
      <div className="two-columns">
        {projects ? <ProjectList projects={projects} /> : <p className="muted">Loading…</p>}
        <NewProjectForm />
      </div>
      {projects && projects.length > 0 && (charts ?? <p className="muted">Loading charts…</p>)}
    </>
  );
}
