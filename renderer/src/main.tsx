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
import { installNavigationGuard } from './platform/navigation-guard';
import { appStore } from './store/app-store';

installGlobalErrorHandlers(appStore);
installNavigationGuard(window, (url) =>
  appStore
    .getState()
    .notify('error', `ShipReady only opens https links; it did not open ${url.slice(0, 120)}.`),
);
window.addEventListener('hashchange', () => appStore.getState().syncFromHash(window.location.hash));
const db = new ShipReadyDatabase();
// Start the two slow things at once, before the first render: the database and the curriculum chunk.
const opening = openDatabase(db);
void loadCurriculum();
preloadPage(appStore.getState().route.page);
const container = document.getElementById('root');
if (!container) throw new Error('index.html lost its #root element.');
createRoot(container).render(
  <StrictMode>
    <DatabaseProvider db={db}>
      <App db={db} opening={opening} />
    </DatabaseProvider>
  </StrictMode>,
);
