// Electron entry: lifecycle, one secure window, the app protocol, the menu and IPC. Work lives elsewhere.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import { isAllowedExternalUrl } from '../../shared/security/external-links';
import { dataPaths } from '../services/data-dir';
import { createDesktopHandlers } from '../services/desktop-handlers';
import { createLlmService } from '../services/llm/llm-service';
import { createOpenedFilesQueue } from '../services/opened-files';
import { removeStaleTempFiles } from '../services/stale-temp-files';
import { loadWindowBounds, saveWindowBounds } from '../services/window-state';
import { createAppProtocolHandler } from './app-protocol';
import { desktopDialogs } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { routeOsFileOpens } from './os-file-opens';
import { safeStorageSecretStore } from './safe-storage-secrets';
import { denyAllPermissions, installWebContentsSecurity } from './web-contents-security';
import { createWindowOptions, fitToDisplays } from './window-options';

if (process.env.SHIPREADY_DATA_DIR) app.setPath('userData', process.env.SHIPREADY_DATA_DIR);
// Only https: links on the tested allow-list (shared/security/external-links.test.ts) leave the app.
const openExternal = (url: string) => {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
};

const openedFiles = createOpenedFilesQueue();
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit(); // The running instance gets this launch's files through its second-instance event.
} else {
  app.enableSandbox();
  routeOsFileOpens(app, openedFiles, () => mainWindow);
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.on('web-contents-created', (_event, contents) => installWebContentsSecurity(contents, openExternal));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    console.error('ShipReady could not start:', error);
    app.exit(1);
  });
}

async function start() {
  const paths = dataPaths(app.getPath('userData'));
  void removeStaleTempFiles(paths); // What a crash left mid-write; never holds up the window.
  protocol.handle('app', createAppProtocolHandler(join(__dirname, '..', 'renderer')));
  denyAllPermissions(session.defaultSession);
  registerIpcHandlers(
    ipcMain,
    createDesktopHandlers({
      paths,
      appInfo: { name: app.getName(), version: app.getVersion(), edition: 'desktop' },
      llm: createLlmService({
        settingsPath: paths.llmSettings,
        secrets: safeStorageSecretStore(join(paths.root, 'secrets.bin'), safeStorage),
      }),
      ...desktopDialogs(() => BrowserWindow.getFocusedWindow()),
      openedFiles,
    }),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(process.platform, { openDocs: () => openExternal('https://github.com') }),
    ),
  );
  const bounds = fitToDisplays(
    await loadWindowBounds(paths.windowState),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  // The options come from createWindowOptions: contextIsolation and sandbox on, Node off, Auxclick disabled,
  // each asserted in window-options.test.ts, which the scanner cannot follow into.
  const options = createWindowOptions(bounds, join(__dirname, 'preload.cjs'));
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  mainWindow = window;
  window.on('closed', () => {
    mainWindow = null;
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    void saveWindowBounds(paths.windowState, {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });
  await window.loadURL('app://shipready/index.html');
}
