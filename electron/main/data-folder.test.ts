import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestedDataDir } from '../services/default-data-dir';
import { prepareDataFolder } from './data-folder';

describe('prepareDataFolder', () => {
  it('creates a missing folder (and its parents) and leaves nothing behind in it', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'shipready-folder-')), 'a', 'b');
    expect(prepareDataFolder(folder)).toEqual({ ok: true, path: folder });
    expect((await stat(folder)).isDirectory()).toBe(true);
    expect(await readdir(folder)).toEqual([]);
  });

  it('names a file standing where the folder should be', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'shipready-folder-')), 'taken');
    await writeFile(file, 'x');
    const check = prepareDataFolder(file);
    expect(check).toMatchObject({ ok: false, path: file });
    expect(!check.ok && check.message).toMatch(/a file stands where the folder should be.*--data-dir/);
  });

  it.each([
    ['EACCES', 'your account is not allowed to write there'],
    ['EROFS', 'the disk is read-only'],
    ['ENOSPC', 'the disk is full'],
  ])('says why a folder it cannot write to is unusable (%s)', (code, why) => {
    const failing = Object.assign(new Error(code), { code });
    const check = prepareDataFolder('/data/ShipReady', {
      mkdirSync: () => undefined,
      openSync: () => {
        throw failing;
      },
      closeSync: () => {},
      rmSync: () => {},
    });
    expect(check).toEqual({
      ok: false,
      path: '/data/ShipReady',
      message: `ShipReady cannot use its data folder /data/ShipReady: ${why}. Make the folder writable, or start ShipReady with --data-dir set to a folder you can write to.`,
    });
  });
});

describe('requestedDataDir', () => {
  it('takes --data-dir DIR or --data-dir=DIR over SHIPREADY_DATA_DIR, made absolute against the launch folder', () => {
    expect(requestedDataDir(['app', '--data-dir', 'mine'], { SHIPREADY_DATA_DIR: '/env' }, '/home/ana')).toBe(
      '/home/ana/mine',
    );
    expect(requestedDataDir(['app', '--data-dir=/abs'], {}, '/home/ana')).toBe('/abs');
    expect(requestedDataDir(['app'], { SHIPREADY_DATA_DIR: 'rel' }, '/home/ana')).toBe('/home/ana/rel');
  });

  it('is undefined when nothing is asked for, or the flag has no value', () => {
    expect(requestedDataDir(['app'], {}, '/x')).toBeUndefined();
    expect(requestedDataDir(['app', '--data-dir'], { SHIPREADY_DATA_DIR: '' }, '/x')).toBeUndefined();
  });
});
