// Hands files the operating system opens with ShipReady to the page: from the command line at start
// (Windows, Linux), from a second launch while running, and from macOS's open-file event.
import type { App, BrowserWindow } from 'electron';
import { pushChannels } from '../../shared/ipc/channels';
import type { OpenedFilesQueue } from '../services/opened-files';

/** The arguments after the program, without `--data-dir DIR`'s folder (which is not a file to open). */
export function fileArguments(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg, index, rest) => arg !== '--data-dir' && rest[index - 1] !== '--data-dir');
}

/** Call before `app` is ready: macOS sends open-file for a double-click that launches the app that early. */
export function routeOsFileOpens(
  app: Pick<App, 'on'>,
  queue: OpenedFilesQueue,
  window: () => BrowserWindow | null,
  launch: { argv: readonly string[]; cwd: string } = { argv: process.argv, cwd: process.cwd() },
) {
  const tellPage = () => {
    const win = window();
    if (win && !win.webContents.isDestroyed()) win.webContents.send(pushChannels.filesOpened);
  };
  queue.add(fileArguments(launch.argv), launch.cwd);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (queue.add([path]) > 0) tellPage();
  });
  // A second launch's relative paths mean its own folder, not this instance's.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const win = window();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    if (queue.add(fileArguments(argv), workingDirectory) > 0) tellPage();
  });
}
