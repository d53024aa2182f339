// Starts the host for one data folder: a stable address, leftovers of a crash cleared, and a start that
// never fails because the folder cannot be written (the person must still see and download their data).
import { mkdir } from 'node:fs/promises';
import type { AppInfo } from '../../shared/ipc/contract';
import type { DataPaths } from '../services/data-dir';
import { fileErrorCause } from '../services/file-errors';
import type { OpenedFilesQueue } from '../services/opened-files';
import { removeStaleTempFiles } from '../services/stale-temp-files';
import { browserEditionHandlers } from './browser-handlers';
import { originOf, originWarning, portCandidates, rememberedPort, rememberPort } from './port-choice';
import { startWebHost, type WebHost } from './server';

export interface StartInDataFolderOptions {
  paths: DataPaths;
  /** `--port N`: used as given, never moved. */
  requestedPort?: number | undefined;
  appInfo: Pick<AppInfo, 'name' | 'version'>;
  staticDir: string;
  openedFiles?: OpenedFilesQueue;
  /** Warnings and request failures; the person reads them in the terminal. */
  log: (message: string) => void;
}

export type StartedHost = { ok: true; host: WebHost; warnings: string[] } | { ok: false; message: string };

function busyMessage(port: number): string {
  return (
    `Port ${port} is in use. ShipReady may already be running; if not, close the program on that port. ` +
    'Your browser-edition data is tied to this address, so ShipReady does not silently move to another port ' +
    '(use --port N to choose one on purpose).'
  );
}

export async function startInDataFolder(options: StartInDataFolderOptions): Promise<StartedHost> {
  const { paths, log } = options;
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    log(message);
  };
  try {
    await mkdir(paths.root, { recursive: true, mode: 0o700 });
  } catch (error) {
    warn(`ShipReady cannot create its data folder ${paths.root}: ${fileErrorCause(error).message}.`);
  }
  const remembered = await rememberedPort(paths.webHostState);
  const candidates = portCandidates(paths.root, options.requestedPort, remembered);
  let host: WebHost | undefined;
  let moved: string | undefined;
  for (const [index, port] of candidates.entries()) {
    moved = originWarning(remembered, port);
    const appInfo = {
      ...options.appInfo,
      origin: originOf(port),
      ...(moved ? { originWarning: moved } : {}),
    };
    const handlers = browserEditionHandlers(paths, appInfo, {
      ...(options.openedFiles ? { openedFiles: options.openedFiles } : {}),
    });
    try {
      host = await startWebHost({ staticDir: options.staticDir, handlers, port, log });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      // Only ports derived from the folder may give way to the next one: none held data before.
      if (index === candidates.length - 1 || candidates.length === 1)
        return { ok: false, message: busyMessage(port) };
    }
  }
  if (!host) return { ok: false, message: 'ShipReady found no port to listen on.' };
  if (moved) warn(moved);
  const cleared = await removeStaleTempFiles(paths);
  if (cleared.length > 0)
    log(`Removed ${cleared.length} unfinished temporary file(s) left by an earlier crash.`);
  if (host.port !== remembered) {
    try {
      await rememberPort(paths.webHostState, host.port);
    } catch (error) {
      warn(
        `ShipReady could not record its address in ${paths.webHostState}: ${fileErrorCause(error).message}. ` +
          'It runs anyway, and your data stays readable: use "Download all my data" in Settings to keep a copy.',
      );
    }
  }
  return { ok: true, host, warnings };
}
