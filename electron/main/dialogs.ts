// Save and open dialogs for the desktop edition, wired into the shared handlers: each opens over the window
// of the page that asked, starting in the person's Documents folder.
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { maxFileChars } from '../../shared/ipc/contract';
import { decodeText } from '../../shared/text/decode-text';
import { describeSize } from '../../shared/text/describe-size';
import { writeFileAtomic } from '../services/atomic-write';
import { DesktopError } from '../services/desktop-error';
import type { DesktopHandlerDeps } from '../services/desktop-handlers';
import { readFolder } from '../services/read-folder';

type Dialogs = Pick<
  DesktopHandlerDeps,
  'chooseSavePath' | 'pickFileToOpen' | 'pickFolderToOpen' | 'writeFileAt'
>;

export interface DialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window showing the page with this webContents id; null when it is gone. */
  windowOf: (senderId: number | undefined) => BrowserWindow | null;
  documentsDir: () => string;
}

export function desktopDialogs({ dialog, windowOf, documentsDir }: DialogDeps): Dialogs {
  return {
    chooseSavePath: async (suggestedName, filters, senderId) => {
      const owner = windowOf(senderId);
      const options = { defaultPath: join(documentsDir(), suggestedName), filters };
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    writeFileAt: (path, content) => writeFileAtomic(path, content),
    pickFileToOpen: async (filters, senderId) => {
      const owner = windowOf(senderId);
      const options = { defaultPath: documentsDir(), properties: ['openFile' as const], filters };
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      if ((await stat(path)).size > maxFileChars) {
        throw new DesktopError(
          'too-large',
          `${basename(path)} is larger than ${describeSize(maxFileChars)}; ShipReady will not open it.`,
        );
      }
      // UTF-16 from spreadsheet programs reads as text too, by its byte order mark.
      return { name: basename(path), content: decodeText(await readFile(path)).text };
    },
    pickFolderToOpen: async (senderId) => {
      const owner = windowOf(senderId);
      const options = { defaultPath: documentsDir(), properties: ['openDirectory' as const] };
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      return result.canceled || !path ? null : readFolder(path);
    },
  };
}
