import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { dataPaths } from './data-dir';
import { removeStaleTempFiles } from './stale-temp-files';

describe('removeStaleTempFiles', () => {
  it('removes what a crash left mid-write and keeps every real file', async () => {
    const paths = dataPaths(await mkdtemp(join(tmpdir(), 'shipready-temp-')));
    await mkdir(paths.backups, { recursive: true });
    await writeFileAtomic(paths.webHostState, '{"port":21000}\n');
    const backup = 'shipready-backup-2026-01-01T00-00-00-000Z-daily.json';
    await writeFile(join(paths.backups, backup), '{}');
    await writeFile(join(paths.backups, `${backup}.0123456789ab.tmp`), '{"half');
    await writeFile(join(paths.root, 'web-host.json.abcdefabcdef.tmp'), '{');
    await writeFile(join(paths.root, 'my-notes.tmp'), 'not ours');

    const removed = await removeStaleTempFiles(paths);

    expect(removed).toHaveLength(2);
    expect((await readdir(paths.backups)).sort()).toEqual([backup]);
    expect((await readdir(paths.root)).sort()).toEqual(['backups', 'my-notes.tmp', 'web-host.json']);
  });

  it('does nothing in a data folder that does not exist yet', async () => {
    const paths = dataPaths(join(await mkdtemp(join(tmpdir(), 'shipready-temp-')), 'missing'));
    expect(await removeStaleTempFiles(paths)).toEqual([]);
  });
});
