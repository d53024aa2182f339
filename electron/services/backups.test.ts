import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, readBackup, writeBackup } from './backups';

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

describe('backup retention and reading back', () => {
  it('thins daily backups to 7 days and 4 weeks as new ones are written', async () => {
    const dir = await tempDir();
    for (let day = 0; day < 45; day += 1) {
      await writeBackup(dir, 'daily', '{}', new Date(Date.UTC(2026, 9, 1) + day * 86_400_000));
    }
    const kept = await listBackups(dir);
    expect(kept).toHaveLength(11);
    expect(kept[0]?.createdAt.slice(0, 10)).toBe('2026-11-14');
  });

  it('reads a backup back by name, and refuses names that are not backups', async () => {
    const dir = await tempDir();
    const info = await writeBackup(dir, 'manual', '{"x":1}');
    expect(await readBackup(dir, info.fileName)).toBe('{"x":1}');
    await expect(readBackup(dir, '../secrets.json')).rejects.toMatchObject({ code: 'invalid-backup' });
    await expect(
      readBackup(dir, 'shipready-backup-2020-01-01T00-00-00-000Z-manual.json'),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
