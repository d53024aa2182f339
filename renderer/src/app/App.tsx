// The shell: opens the database, then shows the sidebar, the notice area and the current page.
import { useEffect, useState } from 'react';
import type { ShipReadyDatabase } from '../db/database';
import { describeDatabaseError } from '../db/describe-error';
import { appStore, useAppStore } from '../store/app-store';
import { bringContentUpToDate } from './content-update-on-start';
import { backUpDaily } from './daily-backup';
import { NoticeArea } from './NoticeArea';
import { OpenFailed } from './OpenFailed';
import { useOsFileOpens } from './os-file-opens';
import { usePageComponent } from './page-loader';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';

export function App({ db, opening }: { db: ShipReadyDatabase; opening: Promise<unknown> }) {
  const [state, setState] = useState<'opening' | 'open' | { failed: string }>('opening');
  const route = useAppStore((s) => s.route);
  const page = route.page;
  const Current = usePageComponent(page);
  useOsFileOpens(db, state === 'open');
  // A new view starts at its top, as a new page would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll on every route change.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route]);
  useEffect(() => {
    opening.then(
      () => {
        setState('open');
        void bringContentUpToDate(db, appStore.getState().notify).then(() =>
          backUpDaily(db, appStore.getState().notify),
        );
      },
      (error: unknown) => setState({ failed: describeDatabaseError(error) }),
    );
  }, [db, opening]);
  if (state === 'opening') return <p className="splash">Opening your data…</p>;
  if (typeof state === 'object') return <OpenFailed reason={state.failed} />;
  return (
    <div className="shell">
      <Sidebar />
      <main className="content" id="main">
        <NoticeArea />
        {Current ? <Current /> : <p className="muted">Loading…</p>}
        <ShortcutsDialog />
      </main>
    </div>
  );
}
