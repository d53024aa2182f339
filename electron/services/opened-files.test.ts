import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenedFilesQueue } from './opened-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shipready-opened-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('opened files queue', () => {
  it('keeps only ShipReady files from a command line, each once', async () => {
    const queue = createOpenedFilesQueue();
    const bundle = join(dir, 'ana.shipready');
    const review = join(dir, 'From Mentor.SHIPREVIEW');
    await writeFile(bundle, '{"bundle":1}');
    await writeFile(review, '{"review":1}');
    const count = queue.add([
      '/usr/bin/electron',
      'dist/electron/main.cjs',
      '--inspect',
      bundle,
      review,
      bundle,
    ]);
    expect(count).toBe(2);
    expect(await queue.take()).toEqual([
      { name: 'ana.shipready', kind: 'bundle', content: '{"bundle":1}' },
      { name: 'From Mentor.SHIPREVIEW', kind: 'review', content: '{"review":1}' },
    ]);
    expect(await queue.take()).toEqual([]);
  });

  it('reports a file that vanished instead of failing the others', async () => {
    const queue = createOpenedFilesQueue();
    const present = join(dir, 'here.shipready');
    await writeFile(present, '{}');
    queue.add([join(dir, 'gone.shipready'), present]);
    expect(await queue.take()).toEqual([
      { name: 'gone.shipready', kind: 'bundle', problem: 'the file is no longer there' },
      { name: 'here.shipready', kind: 'bundle', content: '{}' },
    ]);
  });

  it('reads file:// URLs, as Linux file managers pass them, spaces and all', async () => {
    const queue = createOpenedFilesQueue();
    const bundle = join(dir, 'Ana Lima.shipready');
    await writeFile(bundle, '{"bundle":2}');
    expect(queue.add([pathToFileURL(bundle).href])).toBe(1);
    expect(await queue.take()).toEqual([
      { name: 'Ana Lima.shipready', kind: 'bundle', content: '{"bundle":2}' },
    ]);
  });

  it('ignores URLs that are not local files', () => {
    const queue = createOpenedFilesQueue();
    expect(queue.add(['https://example.com/a.shipready', 'file://server/share/a.shipready'])).toBe(0);
  });

  it('resolves a relative path against the folder of the launch that passed it', async () => {
    const queue = createOpenedFilesQueue();
    const second = join(dir, 'second-launch');
    await mkdir(second);
    await writeFile(join(second, 'ana.shipready'), '{"from":"second"}');
    await writeFile(join(dir, 'ana.shipready'), '{"from":"first"}');
    queue.add(['ana.shipready'], second);
    expect(await queue.take()).toEqual([
      { name: 'ana.shipready', kind: 'bundle', content: '{"from":"second"}' },
    ]);
  });

  it('refuses a folder by name and still opens the files beside it', async () => {
    const queue = createOpenedFilesQueue();
    const folder = join(dir, 'folder.shipready');
    const present = join(dir, 'here.shipreview');
    await mkdir(folder);
    await writeFile(present, '{}');
    queue.add([folder, present]);
    expect(await queue.take()).toEqual([
      { name: 'folder.shipready', kind: 'bundle', problem: 'it is a folder, so ShipReady did not open it' },
      { name: 'here.shipreview', kind: 'review', content: '{}' },
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO without waiting for a writer, and still opens the others',
    async () => {
      const queue = createOpenedFilesQueue();
      const fifo = join(dir, 'pipe.shipready');
      const present = join(dir, 'here.shipready');
      execFileSync('mkfifo', [fifo]);
      await writeFile(present, '{}');
      queue.add([fifo, present]);
      expect(await queue.take()).toEqual([
        {
          name: 'pipe.shipready',
          kind: 'bundle',
          problem: 'it is not a regular file, so ShipReady did not open it',
        },
        { name: 'here.shipready', kind: 'bundle', content: '{}' },
      ]);
    },
  );
});
