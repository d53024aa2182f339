// Hands files the operating system opens with ShipReady to the page: from the command line at start
// (Windows, Linux), from a second launch while running, and from macOS's open-file event.
import type { App, BrowserWindow } from 'electron';
import { pushChannels } from '../../shared/ipc/channels';
import type { OpenedFilesQueue } from '../services/opened-files';

/** Call before `app` is ready: macOS sends open-file for a double-click that launches the app that early. */
export function routeOsFileOpens(app: App, queue: OpenedFilesQueue, window: () => BrowserWindow | null) {
  const tellPage = () => {
    const win = window();
    if (win && !win.webContents.isDestroyed()) win.webContents.send(pushChannels.filesOpened);
  };
  queue.add(process.argv.slice(1));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (queue.add([path]) > 0) tellPage();
  });
  app.on('second-instance', (_event, argv) => {
    const win = window();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    if (queue.add(argv.slice(1)) > 0) tellPage();
  });
}
