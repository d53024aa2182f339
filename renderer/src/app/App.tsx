// The shell: opens the database, then shows the sidebar, the notice area and the current page.
import { useEffect, useState } from 'react';
import { openDatabase, type ShipReadyDatabase } from '../db/database';
import { describeDatabaseError } from '../db/describe-error';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import { ReadinessPage } from '../features/readiness/ReadinessPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { RoadmapPage } from '../features/roadmap/RoadmapPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { appStore, useAppStore } from '../store/app-store';
import type { Page } from '../store/navigation-slice';
import { bringContentUpToDate } from './content-update-on-start';
import { backUpDaily } from './daily-backup';
import { NoticeArea } from './NoticeArea';
import { OpenFailed } from './OpenFailed';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';

const pageComponents: Record<Page, () => React.JSX.Element> = {
  roadmap: RoadmapPage,
  portfolio: PortfolioPage,
  readiness: ReadinessPage,
  review: ReviewPage,
  settings: SettingsPage,
};

export function App({ db }: { db: ShipReadyDatabase }) {
  const [state, setState] = useState<'opening' | 'open' | { failed: string }>('opening');
  const route = useAppStore((s) => s.route);
  const page = route.page;
  // A new view starts at its top, as a new page would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll on every route change.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route]);
  useEffect(() => {
    openDatabase(db).then(
      () => {
        setState('open');
        void bringContentUpToDate(db, appStore.getState().notify).then(() =>
          backUpDaily(db, appStore.getState().notify),
        );
      },
      (error: unknown) => setState({ failed: describeDatabaseError(error) }),
    );
  }, [db]);
  if (state === 'opening') return <p className="splash">Opening your data…</p>;
  if (typeof state === 'object') return <OpenFailed reason={state.failed} />;
  const Current = pageComponents[page];
  return (
    <div className="shell">
      <Sidebar />
      <main className="content" id="main">
        <NoticeArea />
        <Current />
        <ShortcutsDialog />
      </main>
    </div>
  );
}
