// The folders inside a data folder, named once.
import { join } from 'node:path';

export interface DataPaths {
  root: string;
  exports: string;
  backups: string;
  windowState: string;
  webHostState: string;
  /** The browser edition's key file (0600); Electron keeps its own encrypted one beside it. */
  secrets: string;
  llmSettings: string;
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    exports: join(root, 'exports'),
    backups: join(root, 'backups'),
    windowState: join(root, 'window-state.json'),
    webHostState: join(root, 'web-host.json'),
    secrets: join(root, 'secrets.json'),
    llmSettings: join(root, 'llm-settings.json'),
  };
}
