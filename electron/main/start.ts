// What runs once Electron is ready: the app protocol, session rules, the desktop handlers, the menu and the
// main window. A failure here is reported by main.ts's caller (start-failure.ts).
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  session,
  webContents,
} from 'electron';
import { dataPaths } from '../services/data-dir';
import { DesktopError } from '../services/desktop-error';
import { createDesktopHandlers } from '../services/desktop-handlers';
import { createLlmService } from '../services/llm/llm-service';
import type { OpenedFilesQueue } from '../services/opened-files';
import { removeStaleTempFiles } from '../services/stale-temp-files';
import { createAppProtocolHandler } from './app-protocol';
import { desktopDialogs } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { createLlmOwners } from './llm-owners';
import { openMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { safeStorageSecretStore } from './safe-storage-secrets';
import { configureSpellcheck } from './spellcheck';
import { denyAllPermissions } from './web-contents-security';

/** The window of the page with this webContents id, else the focused one. */
function windowOf(senderId: number | undefined): BrowserWindow | null {
  const contents = senderId === undefined ? undefined : webContents.fromId(senderId);
  return (contents && BrowserWindow.fromWebContents(contents)) ?? BrowserWindow.getFocusedWindow();
}

/** `onWindow` gets the window as soon as it exists, so a second launch can focus it while it loads. */
export async function start(openedFiles: OpenedFilesQueue, onWindow: (window: BrowserWindow) => void) {
  const paths = dataPaths(app.getPath('userData'));
  void removeStaleTempFiles(paths); // What a crash left mid-write; never holds up the window.
  protocol.handle('app', createAppProtocolHandler(join(__dirname, '..', 'renderer')));
  denyAllPermissions(session.defaultSession);
  configureSpellcheck(session.defaultSession, process.platform);
  const llm = createLlmService({
    settingsPath: paths.llmSettings,
    secrets: safeStorageSecretStore(join(paths.root, 'secrets.bin'), safeStorage),
    // Chromium's network stack: the system proxy, PAC script and certificate store apply, as in a browser.
    fetch: (input, init) => net.fetch(input instanceof URL ? input.href : input, init),
  });
  const llmOwners = createLlmOwners((requestId) => llm.cancel(requestId));
  registerIpcHandlers(
    ipcMain,
    createDesktopHandlers({
      paths,
      appInfo: { name: app.getName(), version: app.getVersion(), edition: 'desktop' },
      llm,
      ...desktopDialogs({ dialog, windowOf, documentsDir: () => app.getPath('documents') }),
      printPageToPdf: async (senderId) => {
        const page = senderId === undefined ? undefined : webContents.fromId(senderId);
        if (!page) throw new DesktopError('page-gone', 'The page to print was closed; nothing was saved.');
        // The print stylesheet applies, as in the browser's print dialog: no sidebar, the page's own size.
        return page.printToPDF({ printBackground: true, preferCSSPageSize: true });
      },
      openedFiles,
    }),
    llmOwners,
  );
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform)));
  const window = await openMainWindow(paths, llmOwners);
  onWindow(window);
  await window.loadURL('app://shipready/index.html');
}
