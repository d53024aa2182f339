// The browser edition's DesktopApi handlers: the shared services, with the key in a 0600 file.
import type { AppInfo } from '../../shared/ipc/contract';
import type { DataPaths } from '../services/data-dir';
import { createDesktopHandlers, type DesktopHandlers } from '../services/desktop-handlers';
import { createLlmService, type LlmServiceDeps } from '../services/llm/llm-service';
import { fileSecretStore } from '../services/llm/secret-store';
import type { OpenedFilesQueue } from '../services/opened-files';

export interface BrowserEditionOptions {
  llmTiming?: LlmServiceDeps['timing'];
  /** Paths given on the command line at start, e.g. `npm start -- ana.shipready`. */
  openedFiles?: OpenedFilesQueue;
}

export function browserEditionHandlers(
  paths: DataPaths,
  appInfo: Omit<AppInfo, 'dataDir' | 'edition'>,
  { llmTiming, openedFiles }: BrowserEditionOptions = {},
): DesktopHandlers {
  const secrets = fileSecretStore(paths.secrets);
  return createDesktopHandlers({
    paths,
    appInfo: { ...appInfo, edition: 'browser', secretStorageNote: secrets.describe() },
    llm: createLlmService({
      settingsPath: paths.llmSettings,
      secrets,
      ...(llmTiming ? { timing: llmTiming } : {}),
    }),
    ...(openedFiles ? { openedFiles } : {}),
  });
}
