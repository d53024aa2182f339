// Electron entry: the data folder, one instance, the app scheme, window security, then start(). Work lives
// in start.ts and the modules it wires.
import { app, type BrowserWindow, dialog, protocol, shell } from 'electron';
import { isAllowedExternalUrl } from '../../shared/security/external-links';
import { requestedDataDir } from '../services/default-data-dir';
import { createOpenedFilesQueue } from '../services/opened-files';
import { prepareDataFolder } from './data-folder';
import { showErrorAndExit } from './early-error';
import { routeOsFileOpens } from './os-file-opens';
import { start } from './start';
import { reportStartFailure } from './start-failure';
import { installWebContentsSecurity } from './web-contents-security';

// Only https: links on the tested allow-list (shared/security/external-links.test.ts) leave the app.
const openExternal = (url: string) => {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
};

const openedFiles = createOpenedFilesQueue();
let mainWindow: BrowserWindow | null = null;

// The folder must exist and be writable before Electron uses it: setPath throws on a missing folder, and
// the single-instance lock fails in an unwritable one, which would look like "already running".
const dataFolder = prepareDataFolder(requestedDataDir(process.argv) ?? app.getPath('userData'));
if (!dataFolder.ok) {
  showErrorAndExit(app, dialog, 'ShipReady cannot start', dataFolder.message);
} else {
  app.setPath('userData', dataFolder.path);
  if (!app.requestSingleInstanceLock()) {
    app.quit(); // The running instance gets this launch's files through its second-instance event.
  } else {
    app.enableSandbox();
    routeOsFileOpens(app, openedFiles, () => mainWindow);
    protocol.registerSchemesAsPrivileged([
      // codeCache keeps V8's compiled code between starts, which custom schemes only get when asked.
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    app.on('web-contents-created', (_event, contents) => installWebContentsSecurity(contents, openExternal));
    app.on('window-all-closed', () => app.quit());
    app
      .whenReady()
      .then(() =>
        start(openedFiles, (window) => {
          mainWindow = window;
          window.on('closed', () => {
            mainWindow = null;
          });
        }),
      )
      .catch((error: unknown) =>
        reportStartFailure(error, {
          showErrorBox: (title, content) => dialog.showErrorBox(title, content),
          exit: (code) => app.exit(code),
          log: console.error,
        }),
      );
  }
}
