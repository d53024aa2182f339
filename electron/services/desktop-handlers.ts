// The DesktopApi's work, written once and served over IPC (Electron) and HTTP (browser edition).
import type { AppInfo, RequestMap, ResponseMap } from '../../shared/ipc/contract';
import type { LlmEvent } from '../../shared/llm/contract';
import { listBackups, readBackup, writeBackup } from './backups';
import { cohortHandlers, defaultCohortService } from './cohort/cohort-handlers';
import type { CohortService } from './cohort/cohort-service';
import type { DataPaths } from './data-dir';
import { DesktopError } from './desktop-error';
import { saveExport } from './exports';
import type { LlmService } from './llm/llm-service';
import type { OpenedFilesQueue } from './opened-files';

/** What a handler may do besides answering: push events back to the page that asked. */
export interface HandlerContext {
  emit(event: LlmEvent): void;
  /** The desktop edition's id of the page that asked (its webContents), so dialogs open over its window. */
  senderId?: number;
}

export type DesktopHandlers = {
  [K in keyof RequestMap]: (request: RequestMap[K], context: HandlerContext) => Promise<ResponseMap[K]>;
};

export interface DesktopHandlerDeps {
  paths: DataPaths;
  appInfo: Omit<AppInfo, 'dataDir'>;
  /**
   * Asks where to save; returns a folder and file name, or null when the person cancels.
   * Absent in the browser edition, which saves into the data folder's exports.
   */
  chooseSavePath?: (
    suggestedName: string,
    filters: RequestMap['files:save-file']['filters'],
    senderId?: number,
  ) => Promise<string | null>;
  /** Shows an open dialog and reads the chosen file; absent where the renderer picks files itself. */
  pickFileToOpen?: (
    filters: RequestMap['files:open-file']['filters'],
    senderId?: number,
  ) => Promise<{ name: string; content: string } | null>;
  /** Shows a folder dialog and reads the chosen folder's text files; absent where the page picks folders. */
  pickFolderToOpen?: (senderId?: number) => Promise<ResponseMap['files:open-folder']>;
  writeFileAt?: (path: string, content: string | Uint8Array) => Promise<void>;
  /** Prints the asking page to PDF bytes (Electron's printToPDF); absent in the browser edition. */
  printPageToPdf?: (senderId: number | undefined) => Promise<Uint8Array>;
  llm: LlmService;
  /** Files the operating system asked to open; none where nothing can hand the app a file. */
  openedFiles?: OpenedFilesQueue;
  now?: () => Date;
  /** The cohort folder service; by default the real git and watcher, connected from the data folder. */
  cohort?: CohortService;
}

export function createDesktopHandlers(deps: DesktopHandlerDeps): DesktopHandlers {
  const now = deps.now ?? (() => new Date());
  const cohort = deps.cohort ?? defaultCohortService(deps.paths.root);
  return {
    ...cohortHandlers(cohort),
    'app:get-info': async () => ({ ...deps.appInfo, dataDir: deps.paths.root }),
    'files:save-file': async ({ suggestedName, content, filters }, context) => {
      if (deps.chooseSavePath && deps.writeFileAt) {
        const path = await deps.chooseSavePath(suggestedName, filters, context.senderId);
        if (path === null) return { saved: false };
        await deps.writeFileAt(path, content);
        return { saved: true, path };
      }
      return { saved: true, path: await saveExport(deps.paths.exports, suggestedName, content) };
    },
    'files:open-file': async ({ filters }, context) => {
      if (!deps.pickFileToOpen) {
        throw new DesktopError('unsupported', 'This edition opens files in the page, not through the host.');
      }
      return deps.pickFileToOpen(filters, context.senderId);
    },
    'files:open-folder': async (_request, context) => {
      if (!deps.pickFolderToOpen) {
        throw new DesktopError(
          'unsupported',
          'This edition opens folders in the page, not through the host.',
        );
      }
      return deps.pickFolderToOpen(context.senderId);
    },
    'backups:write-backup': async ({ reason, content }) =>
      writeBackup(deps.paths.backups, reason, content, now()),
    'backups:list-backups': async () => listBackups(deps.paths.backups),
    'backups:read-backup': async ({ fileName }) => readBackup(deps.paths.backups, fileName),
    'llm:get-settings': async () => deps.llm.getSettings(),
    'llm:save-settings': async (update) => deps.llm.saveSettings(update),
    'llm:start': async (request, context) => deps.llm.start(request, context.emit),
    'llm:cancel': async ({ requestId }) => {
      await deps.llm.cancel(requestId);
      return undefined;
    },
    'llm:find-local': async () => deps.llm.findLocal(),
    'files:take-opened': async () => (deps.openedFiles ? deps.openedFiles.take() : []),
    'files:save-pdf': async ({ suggestedName }, context) => {
      if (!deps.printPageToPdf || !deps.chooseSavePath || !deps.writeFileAt) {
        throw new DesktopError('unsupported', 'This edition prints through the browser’s own print dialog.');
      }
      // Where first: a cancelled dialog costs no printing.
      const path = await deps.chooseSavePath(
        suggestedName,
        [{ name: 'PDF document', extensions: ['pdf'] }],
        context.senderId,
      );
      if (path === null) return { saved: false };
      await deps.writeFileAt(path, await deps.printPageToPdf(context.senderId));
      return { saved: true, path };
    },
  };
}
