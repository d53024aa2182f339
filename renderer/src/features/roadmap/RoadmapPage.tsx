// The roadmap area: the overview, or a month, a lesson or a skill, chosen by the route.
import { lazy, Suspense } from 'react';
import { useSetting } from '../../db/live';
import { settingKeys } from '../../db/settings-keys';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { LazyReviewSession, LazyTodayCard } from '../review-queue/LazyReviewQueue';
import { ActivityCalendar } from './ActivityCalendar';
import { ContinueCard } from './ContinueCard';
import { LessonView } from './LessonView';
import { MonthTimeline } from './MonthTimeline';
import { MonthView } from './MonthView';
import { OverallCard } from './OverallCard';
import { PaceCard } from './PaceCard';
import { SearchBox } from './SearchBox';
import { SkillView } from './SkillView';
import { type RoadmapData, useRoadmap } from './use-roadmap';

// The welcome brings the bundle import with it; it loads only for someone who has nothing yet.
const Welcome = lazy(() => import('../welcome/Welcome').then((module) => ({ default: module.Welcome })));

export function RoadmapPage() {
  const path = useAppStore((state) => state.route.path);
  const data = useRoadmap();
  if (!data) return <p className="muted">Loading your roadmap…</p>;
  const [view, id = ''] = path;
  if (view === 'today') return <LazyReviewSession />;
  if (view === 'lesson' || view === 'month' || view === 'skill')
    return (
      <>
        {/* The search sits on every roadmap page, so "/" works wherever the person is studying. */}
        <div className="roadmap-search-bar">
          <SearchBox data={data} />
        </div>
        {view === 'lesson' && <LessonView data={data} lessonId={id} />}
        {view === 'month' && <MonthView data={data} monthId={id} />}
        {view === 'skill' && <SkillView data={data} skillId={id} />}
      </>
    );
  return <Overview data={data} />;
}

function Overview({ data }: { data: RoadmapData }) {
  useFirstScreenReady(true);
  const lastVisited = useSetting<string>(settingKeys.lastVisitedItem);
  const started = data.progress.size > 0 || Boolean(lastVisited);
  const firstLesson = data.items.find((item) => item.kind === 'lesson');
  return (
    <>
      <header className="page-header with-search">
        <div>
          <h1>Roadmap</h1>
          <p className="lede">Six months from foundations to production AI engineering.</p>
        </div>
        <SearchBox data={data} />
      </header>
      {lastVisited !== undefined && !started && (
        <Suspense fallback={null}>
          <Welcome firstLessonId={firstLesson?.id} hasProgress={started} />
        </Suspense>
      )}
      <div className="overview-grid">
        <OverallCard data={data} />
        <ContinueCard data={data} started={started} />
        <LazyTodayCard />
      </div>
      <MonthTimeline data={data} />
      <div className="overview-grid">
        <PaceCard data={data} />
        <ActivityCalendar />
      </div>
    </>
  );
}
