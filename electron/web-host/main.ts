// Starts the browser edition: `node dist/web-host/main.mjs [--data-dir DIR] [--port N] [--open] [FILE.shipready…]`.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPaths } from '../services/data-dir';
import { defaultDataDir } from '../services/default-data-dir';
import { createOpenedFilesQueue } from '../services/opened-files';
import { browserEditionHandlers } from './browser-handlers';
import { rememberedPort, rememberPort } from './port-choice';

declare const __APP_VERSION__: string;
const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

import { startWebHost } from './server';

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function openInBrowser(url: string) {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => {}); // No opener installed: the printed address is enough.
  child.unref();
}

async function main() {
  const paths = dataPaths(argValue('--data-dir') ?? defaultDataDir());
  await mkdir(paths.root, { recursive: true, mode: 0o700 });
  const requested = argValue('--port');
  const port = requested ? Number(requested) : await rememberedPort(paths.webHostState);
  const here = dirname(fileURLToPath(import.meta.url));
  const openedFiles = createOpenedFilesQueue();
  openedFiles.add(process.argv.slice(2));
  const handlers = browserEditionHandlers(paths, { name: 'ShipReady', version: appVersion }, { openedFiles });
  let host: Awaited<ReturnType<typeof startWebHost>>;
  try {
    host = await startWebHost({
      staticDir: join(here, '..', 'renderer'),
      handlers,
      port,
      log: console.error,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${port} is in use. ShipReady may already be running; if not, close the program on that port. ` +
          'Your browser-edition data is tied to this address, so ShipReady does not silently move to another port ' +
          '(use --port N to choose one on purpose).',
      );
      process.exit(1);
    }
    throw error;
  }
  await rememberPort(paths.webHostState, host.port);
  console.log(`ShipReady browser edition: ${host.url}`);
  console.log(`Data folder: ${paths.root}. Press Ctrl+C to stop.`);
  if (process.argv.includes('--open') && !process.env.CI) openInBrowser(host.url);
  const stop = () => host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`ShipReady could not start: ${(error as Error).message}`);
  process.exit(1);
});
