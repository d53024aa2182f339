// Readiness: scores per skill, layer and role from evidence, every point explained, and optional advice.
import { useEffect } from 'react';
import { useDatabase } from '../../db/database-context';
import { recordSnapshot } from '../../db/repositories/feedback';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { reportWrite } from '../../ui/report-write';
import { lazyModule, useLazyDefault } from '../../ui/use-lazy-default';
import { RetentionCard } from '../review-queue/RetentionCard';
import { MockInterviewCard } from './MockInterviewCard';
import { ReadinessSummary } from './ReadinessSummary';
import { ReviewCard } from './ReviewCard';
import { SkillBreakdown } from './SkillBreakdown';
import { useReadiness } from './use-readiness';

const loadCharts = lazyModule(() => import('./ReadinessCharts'));

/** Loads this page's charts ahead of a visit (the app calls it while idle after start). */
export const prefetch = () => loadCharts();

export function ReadinessPage() {
  const db = useDatabase();
  const data = useReadiness();
  const Charts = useLazyDefault(loadCharts);
  useFirstScreenReady(data !== undefined);
  useEffect(() => {
    if (data) reportWrite(recordSnapshot(db, data.readiness));
  }, [db, data]);
  if (!data) return <p className="muted">Computing your readiness…</p>;
  return (
    <>
      <header className="page-header">
        <h1>Readiness</h1>
        <p className="lede">
          <span className="big-number inline-number">{Math.round(data.readiness.overall)}</span> overall, from
          your evidence. Every point below says its tier (claimed, shown, measured, verified); every gap says
          what would earn it.
        </p>
      </header>
      <ReadinessSummary readiness={data.readiness} curriculum={data.curriculum} />
      {Charts && <Charts readiness={data.readiness} curriculum={data.curriculum} />}
      <SkillBreakdown readiness={data.readiness} curriculum={data.curriculum} />
      <div className="overview-grid top-gap">
        <ReviewCard data={data} />
        <MockInterviewCard data={data} />
        <RetentionCard />
      </div>
    </>
  );
}
