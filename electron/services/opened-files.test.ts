import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
