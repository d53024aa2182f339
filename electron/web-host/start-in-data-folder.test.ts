import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/ipc/contract';
import { dataPaths } from '../services/data-dir';
import { derivedPort, originOf } from './port-choice';
import type { WebHost } from './server';
import { type StartInDataFolderOptions, startInDataFolder } from './start-in-data-folder';

const running: WebHost[] = [];
afterEach(async () => {
  for (const host of running.splice(0)) await host.close();
});

/** app:get-info as the page asks it. */
function appInfoOf(host: WebHost): Promise<AppInfo> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/${host.token}/api/app:get-info`,
        headers: { origin: host.origin, 'content-type': 'application/json' },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => resolve(JSON.parse(text).value as AppInfo));
      },
    );
    call.on('error', reject);
    call.end('{}');
  });
}

async function start(root: string, extra: Partial<StartInDataFolderOptions> = {}) {
  const logged: string[] = [];
  const started = await startInDataFolder({
    paths: dataPaths(root),
    appInfo: { name: 'ShipReady', version: '1.0.0' },
    staticDir: root,
    log: (message) => logged.push(message),
    ...extra,
  });
  if (!started.ok) throw new Error(started.message);
  running.push(started.host);
  return { host: started.host, warnings: started.warnings, logged, info: await appInfoOf(started.host) };
}

async function stop(host: WebHost) {
  running.splice(running.indexOf(host), 1);
  await host.close();
}

const freshRoot = async () => join(await mkdtemp(join(tmpdir(), 'shipready-origin-')), 'data');

describe('the browser edition keeps one address per data folder', () => {
  it('starts a new folder, and the same folder emptied, on the same port derived from its path', async () => {
    const root = await freshRoot();
    const first = await start(root);
    await stop(first.host);
    await rm(root, { recursive: true });
    const again = await start(root);
    expect(again.host.port).toBe(first.host.port);
    expect(first.host.port).toBe(derivedPort(root));
    expect(again.warnings).toEqual([]);
  });

  it('tells the page its origin, and warns when this start uses another one than the last', async () => {
    const root = await freshRoot();
    const first = await start(root);
    expect(first.info.origin).toBe(first.host.origin);
    expect(first.info.originWarning).toBeUndefined();
    await stop(first.host);

    const other = first.host.port === 31_999 ? 31_998 : first.host.port + 1;
    const moved = await start(root, { requestedPort: other });
    expect(moved.info.origin).toBe(originOf(other));
    expect(moved.info.originWarning).toContain(`the last one used ${first.host.origin}`);
    expect(moved.info.originWarning).toContain(`--port ${first.host.port}`);
    expect(moved.logged).toContain(moved.info.originWarning);
  });

  it('keeps a folder on the port it remembered, even one from before ports were derived', async () => {
    const root = await freshRoot();
    await mkdir(root, { recursive: true });
    const remembered = derivedPort(root) === 30_123 ? 30_124 : 30_123;
    await writeFile(join(root, 'web-host.json'), JSON.stringify({ port: remembered }));
    const started = await start(root);
    expect(started.host.port).toBe(remembered);
    expect(started.info.originWarning).toBeUndefined();
  });

  it('starts when it cannot rewrite its settings file, and says why', async () => {
    const root = await freshRoot();
    // Where the file cannot be written: its folder is missing (the fault suite covers a read-only disk).
    const paths = { ...dataPaths(root), webHostState: join(root, 'gone', 'web-host.json') };
    const started = await start(root, { paths });
    expect(started.info.origin).toBe(started.host.origin);
    expect(started.warnings.join(' ')).toMatch(/could not record its address.*Download all my data/);
    await expect(readFile(paths.webHostState, 'utf8')).rejects.toThrow();
  });
});
