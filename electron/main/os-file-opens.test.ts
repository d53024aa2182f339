import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOpenedFilesQueue } from '../services/opened-files';
import { fileArguments, routeOsFileOpens } from './os-file-opens';

type Listener = (...args: unknown[]) => void;

function fakeApp() {
  const listeners = new Map<string, Listener>();
  return {
    app: { on: (event: string, listener: Listener) => listeners.set(event, listener) } as never,
    emit: (event: string, ...args: unknown[]) => listeners.get(event)?.(...args),
  };
}

function fakeWindow() {
  return {
    isMinimized: () => true,
    restore: vi.fn(),
    focus: vi.fn(),
    webContents: { isDestroyed: () => false, send: vi.fn() },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shipready-os-opens-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('files handed over by the operating system', () => {
  it('reads the start-up command line against the folder it was launched from', async () => {
    await writeFile(join(dir, 'ana.shipready'), '{"a":1}');
    const queue = createOpenedFilesQueue();
    routeOsFileOpens(fakeApp().app, queue, () => null, {
      argv: ['/opt/ShipReady/shipready', 'ana.shipready'],
      cwd: dir,
    });
    expect(await queue.take()).toEqual([{ name: 'ana.shipready', kind: 'bundle', content: '{"a":1}' }]);
  });

  it('resolves a second launch’s relative path against that launch’s working directory, and tells the page', async () => {
    const other = join(dir, 'downloads');
    await mkdir(other);
    await writeFile(join(other, 'review.shipreview'), '{"r":1}');
    const { app, emit } = fakeApp();
    const queue = createOpenedFilesQueue();
    const window = fakeWindow();
    routeOsFileOpens(app, queue, () => window as never, { argv: ['/opt/ShipReady/shipready'], cwd: '/' });
    emit(
      'second-instance',
      {},
      ['/opt/ShipReady/shipready', '--allow-file-access', 'review.shipreview'],
      other,
      {},
    );
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('main:files-opened');
    expect(await queue.take()).toEqual([{ name: 'review.shipreview', kind: 'review', content: '{"r":1}' }]);
  });

  it('takes a file:// URL from a second launch (a Linux file manager’s %U)', async () => {
    const file = join(dir, 'Ana Lima.shipready');
    await writeFile(file, '{}');
    const { app, emit } = fakeApp();
    const queue = createOpenedFilesQueue();
    routeOsFileOpens(app, queue, () => null, { argv: ['shipready'], cwd: '/' });
    emit('second-instance', {}, ['shipready', pathToFileURL(file).href], '/', {});
    expect(await queue.take()).toEqual([{ name: 'Ana Lima.shipready', kind: 'bundle', content: '{}' }]);
  });
});

describe('fileArguments', () => {
  it('drops the program and the data folder given with --data-dir', () => {
    expect(fileArguments(['electron', '.', '--data-dir', '/tmp/x.shipready', 'a.shipready'])).toEqual([
      '.',
      'a.shipready',
    ]);
  });
});
