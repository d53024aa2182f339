// The entry's start-up order with Electron mocked: the data folder is resolved, created and checked before
// Electron is pointed at it or the single-instance lock is taken, and a failed start is shown, then exits.
import { chmod, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const record =
    (name: string, value?: unknown) =>
    (...args: unknown[]) => {
      calls.push(`${name}(${args.map((arg) => (typeof arg === 'string' ? arg : typeof arg)).join(', ')})`);
      return value;
    };
  return {
    calls,
    ready: { promise: Promise.resolve() },
    app: {
      getPath: vi.fn(() => '/nonexistent-default-userData'),
      setPath: vi.fn(record('setPath')),
      requestSingleInstanceLock: vi.fn(record('requestSingleInstanceLock', true)),
      quit: vi.fn(record('quit')),
      exit: vi.fn(record('exit')),
      enableSandbox: vi.fn(),
      on: vi.fn(),
      whenReady: vi.fn(() => electron.ready.promise),
    },
    dialog: { showErrorBox: vi.fn(record('showErrorBox')) },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
});
const startMock = vi.hoisted(() => ({ start: vi.fn(async () => {}) }));

vi.mock('electron', () => ({ ...electron, default: electron }));
vi.mock('./start', () => startMock);

let dir: string;
const savedArgv = process.argv;
const savedEnv = process.env.SHIPREADY_DATA_DIR;

async function loadMain(argv: string[], env: string | undefined) {
  process.argv = ['/opt/ShipReady/shipready', ...argv];
  if (env === undefined) delete process.env.SHIPREADY_DATA_DIR;
  else process.env.SHIPREADY_DATA_DIR = env;
  vi.resetModules();
  await import('./main');
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shipready-main-'));
  electron.calls.length = 0;
  vi.clearAllMocks();
  electron.ready.promise = Promise.resolve();
  startMock.start.mockImplementation(async () => {});
});
afterEach(() => {
  process.argv = savedArgv;
  if (savedEnv === undefined) delete process.env.SHIPREADY_DATA_DIR;
  else process.env.SHIPREADY_DATA_DIR = savedEnv;
});

describe('start-up order', () => {
  it('creates a SHIPREADY_DATA_DIR that does not exist yet, then sets it, then takes the lock', async () => {
    const folder = join(dir, 'new', 'nested');
    await loadMain([], folder);
    expect((await stat(folder)).isDirectory()).toBe(true);
    expect(electron.calls.slice(0, 2)).toEqual([
      `setPath(userData, ${folder})`,
      'requestSingleInstanceLock()',
    ]);
    await vi.waitFor(() => expect(startMock.start).toHaveBeenCalledTimes(1));
  });

  it('takes --data-dir from the command line over the environment, relative to the launch folder', async () => {
    const folder = join(dir, 'from-flag');
    await loadMain(['--data-dir', folder], join(dir, 'from-env'));
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', folder);
    await expect(stat(join(dir, 'from-env'))).rejects.toMatchObject({ code: 'ENOENT' });

    vi.clearAllMocks();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await loadMain(['--data-dir=relative-folder'], undefined);
    } finally {
      process.chdir(cwd);
    }
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', join(dir, 'relative-folder'));
  });

  it('shows an error box naming an unusable data folder and exits, instead of quitting silently', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await loadMain(['--data-dir', join(file, 'data')], undefined);
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    // After ready (on Linux an earlier error box only reaches stderr), then exit; never the lock.
    expect(electron.calls.indexOf('showErrorBox(ShipReady cannot start, string)')).toBeLessThan(
      electron.calls.indexOf('exit(number)'),
    );
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'ShipReady cannot start',
      expect.stringContaining(join(file, 'data')),
    );
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(startMock.start).not.toHaveBeenCalled();
    // Chromium starts on a throwaway profile folder, removed again, never on the unusable one.
    const scratch = String(electron.app.setPath.mock.calls[0]?.[1]);
    expect(scratch.startsWith(join(tmpdir(), 'shipready-start-error-'))).toBe(true);
    await expect(stat(scratch)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(join(file, 'data')));
    log.mockRestore();
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'names a read-only folder the same way (permissions do not bind root, so skipped as root)',
    async () => {
      const folder = join(dir, 'locked');
      await loadMain(['--data-dir', folder], undefined); // creates it
      await chmod(folder, 0o500);
      vi.clearAllMocks();
      await loadMain(['--data-dir', folder], undefined);
      await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
      expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
        'ShipReady cannot start',
        expect.stringContaining('not allowed to write'),
      );
      expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    },
  );

  it('quits when another copy holds the lock, handing over through second-instance', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await loadMain(['--data-dir', join(dir, 'data')], undefined);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(startMock.start).not.toHaveBeenCalled();
  });

  it('registers the app scheme with the code cache on', async () => {
    await loadMain(['--data-dir', join(dir, 'data')], undefined);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, codeCache: true }),
      }),
    ]);
  });

  it('shows a start() failure after whenReady in an error box and exits, leaving no process behind', async () => {
    startMock.start.mockRejectedValueOnce(new Error('protocol app is already handled'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await loadMain(['--data-dir', join(dir, 'data')], undefined);
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalled());
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'ShipReady could not start',
      expect.stringContaining('protocol app is already handled'),
    );
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
