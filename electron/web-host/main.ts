// Starts the browser edition: `node dist/web-host/main.mjs [--data-dir DIR] [--port N] [--open] [FILE.shipready…]`.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPaths } from '../services/data-dir';
import { defaultDataDir } from '../services/default-data-dir';
import { createOpenedFilesQueue } from '../services/opened-files';
import { startInDataFolder } from './start-in-data-folder';

declare const __APP_VERSION__: string;
const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

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
  const requested = argValue('--port');
  const openedFiles = createOpenedFilesQueue();
  openedFiles.add(process.argv.slice(2));
  const started = await startInDataFolder({
    paths,
    requestedPort: requested ? Number(requested) : undefined,
    appInfo: { name: 'ShipReady', version: appVersion },
    staticDir: join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer'),
    openedFiles,
    log: console.error,
  });
  if (!started.ok) {
    console.error(started.message);
    process.exit(1);
  }
  const { host } = started;
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
