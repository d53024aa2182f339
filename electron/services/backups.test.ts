import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, writeBackup } from './backups';

const tempDir = () => mkdtemp(join(tmpdir(), 'shipready-backups-'));

describe('backups', () => {
  it('writes a backup readable only by its owner and lists it', async () => {
    const dir = await tempDir();
    const info = await writeBackup(dir, 'manual', '{"a":1}', new Date('2026-11-21T10:20:30.400Z'));
    expect(info).toEqual({
      fileName: 'shipready-backup-2026-11-21T10-20-30-400Z-manual.json',
      reason: 'manual',
      createdAt: '2026-11-21T10:20:30.400Z',
      bytes: 7,
    });
    expect(await readFile(join(dir, info.fileName), 'utf8')).toBe('{"a":1}');
    expect((await stat(join(dir, info.fileName))).mode & 0o777).toBe(0o600);
    expect(await listBackups(dir)).toEqual([info]);
  });

  it('leaves no temporary files behind', async () => {
    const dir = await tempDir();
    await writeBackup(dir, 'daily', '{}');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('lists newest first and ignores files that are not backups', async () => {
    const dir = await tempDir();
    await writeBackup(dir, 'daily', '{}', new Date('2026-01-01T00:00:00.000Z'));
    await writeBackup(dir, 'before-import', '{}', new Date('2026-02-01T00:00:00.000Z'));
    await writeFile(join(dir, 'notes.txt'), 'mine');
    const list = await listBackups(dir);
    expect(list.map((backup) => backup.reason)).toEqual(['before-import', 'daily']);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listBackups(join(await tempDir(), 'missing'))).toEqual([]);
  });
});
