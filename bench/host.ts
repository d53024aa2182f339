// The bench's host: the production web host, with the floor and seeder pages mounted beside the app.
import { dataPaths } from '../electron/services/data-dir';
import { browserEditionHandlers } from '../electron/web-host/browser-handlers';
import { startWebHost } from '../electron/web-host/server';

export function startBenchHost(rendererDir: string, mounts: Record<string, string>, dataDir: string) {
  return startWebHost({
    staticDir: rendererDir,
    mounts,
    handlers: browserEditionHandlers(dataPaths(dataDir), { name: 'ShipReady', version: 'bench' }),
  });
}
