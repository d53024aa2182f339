// The bench's host: the production web host, with the floor and seeder pages mounted beside the app.
import { dataPaths } from '../electron/services/data-dir';
import { createDesktopHandlers } from '../electron/services/desktop-handlers';
import { startWebHost } from '../electron/web-host/server';

export function startBenchHost(rendererDir: string, mounts: Record<string, string>, dataDir: string) {
  return startWebHost({
    staticDir: rendererDir,
    mounts,
    handlers: createDesktopHandlers({
      paths: dataPaths(dataDir),
      appInfo: { name: 'ShipReady', version: 'bench', edition: 'browser' },
    }),
  });
}
