// Renderer entry: creates the database and the root, then hands over to App.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installGlobalErrorHandlers } from './app/global-errors';
import { preloadPage } from './app/page-loader';
import './app/theme.css';
import { loadCurriculum } from './content/curriculum-source';
import { openDatabase, ShipReadyDatabase } from './db/database';
import { DatabaseProvider } from './db/database-context';
import { primeProgressMap } from './db/live';
import { installNavigationGuard } from './platform/navigation-guard';
import { appStore } from './store/app-store';

// Stage marks for `npm run bench`'s start-up breakdown: code evaluated, database open, curriculum, page code.
performance.mark('shipready:code-evaluated');
installGlobalErrorHandlers(appStore);
installNavigationGuard(window, (url) =>
  appStore
    .getState()
    .notify('error', `ShipReady only opens https links; it did not open ${url.slice(0, 120)}.`),
);
window.addEventListener('hashchange', () => appStore.getState().syncFromHash(window.location.hash));
const db = new ShipReadyDatabase();
// Start the slow things at once, before the first render: the database, the curriculum chunk and the
// page's code. The first screen is drawn when all three (and the progress rows) are in, in one pass.
const opening = openDatabase(db).then(() => performance.mark('shipready:db-open'));
const prepared = Promise.all([
  opening.then(() => primeProgressMap(db)),
  loadCurriculum().then(() => performance.mark('shipready:curriculum-loaded')),
  preloadPage(appStore.getState().route.page),
]).catch(() => {
  // A failure shows where it belongs: the database's on the open screen, a chunk's on its page.
});
const container = document.getElementById('root');
if (!container) throw new Error('index.html lost its #root element.');
createRoot(container).render(
  <StrictMode>
    <DatabaseProvider db={db}>
      <App db={db} opening={opening} prepared={prepared} />
    </DatabaseProvider>
  </StrictMode>,
);
