// The shell: opens the database, then shows the sidebar, the notice area and the current page.
import { useEffect, useState } from 'react';
import { setDateLocales } from '../../../shared/progress/format-day';
import type { ShipReadyDatabase } from '../db/database';
import { describeDatabaseError } from '../db/describe-error';
import { appStore, useAppStore } from '../store/app-store';
import { pages } from '../store/navigation-slice';
import { dataReplacedNotice, onDataReplaced } from '../ui/cross-window';
import { afterFirstScreen } from '../ui/first-screen-ready';
import { PageErrorBoundary } from '../ui/PageErrorBoundary';
import { bringContentUpToDate } from './content-update-on-start';
import { backUpDaily } from './daily-backup';
import { NoticeArea } from './NoticeArea';
import { OpenFailed } from './OpenFailed';
import { prefetchPages, usePageComponent } from './page-loader';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';

interface AppProps {
  db: ShipReadyDatabase;
  /** The database opening; its failure shows the open-failed screen. */
  opening: Promise<unknown>;
  /** Everything the first screen needs loaded (never rejects); the shell waits for it to draw once. */
  prepared: Promise<unknown>;
}

export function App({ db, opening, prepared }: AppProps) {
  const [state, setState] = useState<'opening' | 'open' | { failed: string }>('opening');
  const route = useAppStore((s) => s.route);
  const page = route.page;
  const Current = usePageComponent(page);
  // A new view starts at its top, as a new page would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll on every route change.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route]);
  // Pages read through live queries, which re-read on their own; the person is told why the data changed.
  useEffect(() => onDataReplaced(({ by }) => appStore.getState().notify('info', dataReplacedNotice(by))), []);
  useEffect(() => {
    Promise.all([opening, prepared]).then(
      () => {
        setState('open');
        const { notify } = appStore.getState();
        const contentUpToDate = bringContentUpToDate(db, notify);
        // Work that can wait starts once the first screen shows its data. Files opened from the file
        // manager bring the review code with them, so it loads only then, and they do not wait for the
        // daily backup, which can take seconds with a large portfolio. Nor do the other pages' code and
        // charts: behind the backup, a first visit to Portfolio in those seconds loaded recharts on the click.
        void afterFirstScreen().then(async () => {
          // The ready mark is taken in the frame's callback, before the browser paints it: wait one task so
          // the first screen is on the glass before this work runs (the locale check below took 14 ms there
          // in the start-up CPU profile).
          await new Promise((resolve) => setTimeout(resolve, 0));
          // Dates in the person's locale from here on; the first screen used the English form (no Intl cost).
          setDateLocales(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
          const { listenForOsFileOpens } = await import('./os-file-opens');
          listenForOsFileOpens(db);
          const { startAutoPublish } = await import('../features/cohort/auto-publish');
          startAutoPublish(db);
          await contentUpToDate;
          await Promise.all([backUpDaily(db, notify), prefetchPages(pages)]);
        });
      },
      (error: unknown) => setState({ failed: describeDatabaseError(error) }),
    );
  }, [db, opening, prepared]);
  if (state === 'opening') return <p className="splash">Opening your data…</p>;
  if (typeof state === 'object') return <OpenFailed reason={state.failed} />;
  return (
    <div className="shell">
      <Sidebar />
      <main className="content" id="main">
        <NoticeArea />
        {/* A page that throws shows what failed; another route draws afresh. */}
        <PageErrorBoundary
          key={page}
          resetKey={JSON.stringify(route)}
          pageName={page.charAt(0).toUpperCase() + page.slice(1)}
        >
          {Current ? <Current /> : <p className="muted">Loading…</p>}
        </PageErrorBoundary>
        <ShortcutsDialog />
      </main>
    </div>
  );
}
