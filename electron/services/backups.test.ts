import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, maxBackupBytes, readBackup, writeBackup } from './backups';

const tempDir = () => mkdtemp(join(tmpdir(), 'shipready-backups-'));

describe('backups', () => {
  it('writes a backup readable only by its owner and lists it', async () => {
    const dir = await tempDir();
    const info = await writeBackup(dir, 'manual', '{"a":1}', new Date('2026-11-21T10:20:30.400Z'));
    expect(info).toEqual({
      fileName: 'shipready-backup-2026-11-21T10-20-30-400Z-manual-000001.json',
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

  it('keeps a backup written after the clock went back, with a full set already there', async () => {
    const dir = await tempDir();
    for (let day = 0; day < 45; day += 1) {
      await writeBackup(dir, 'daily', '{}', new Date(Date.UTC(2026, 9, 1) + day * 86_400_000));
    }
    const before = await listBackups(dir);
    const written = await writeBackup(
      dir,
      'daily',
      '{"after":"clock went back"}',
      new Date('2026-03-01T08:00:00Z'),
    );
    expect(await readBackup(dir, written.fileName)).toBe('{"after":"clock went back"}');
    const after = await listBackups(dir);
    expect(after[0]).toEqual(written);
    expect(after).toHaveLength(before.length);
    // The next day, by the same wrong clock, is kept too: order is the order of writing.
    const next = await writeBackup(dir, 'daily', '{}', new Date('2026-03-02T08:00:00Z'));
    expect((await listBackups(dir)).map((b) => b.fileName).slice(0, 2)).toEqual([
      next.fileName,
      written.fileName,
    ]);
  });

  it('never deletes the manual backup it just wrote, whatever the clock says', async () => {
    const dir = await tempDir();
    for (let day = 1; day <= 20; day += 1) {
      await writeBackup(dir, 'manual', '{}', new Date(Date.UTC(2026, 10, day)));
    }
    const written = await writeBackup(dir, 'manual', '{"late":1}', new Date('2020-01-01T00:00:00Z'));
    expect(await readBackup(dir, written.fileName)).toBe('{"late":1}');
    expect((await listBackups(dir)).filter((b) => b.reason === 'manual')).toHaveLength(20);
  });

  it('still lists and restores backups named before sequences, after the ones written since', async () => {
    const dir = await tempDir();
    const old = 'shipready-backup-2027-01-01T00-00-00-000Z-daily.json';
    await writeFile(join(dir, old), '{"old":1}');
    const written = await writeBackup(dir, 'manual', '{}', new Date('2026-12-01T00:00:00Z'));
    expect((await listBackups(dir)).map((b) => b.fileName)).toEqual([written.fileName, old]);
    expect(await readBackup(dir, old)).toBe('{"old":1}');
  });

  it('counts a backup in bytes when writing, as reading back does, so it never writes one it cannot read', async () => {
    const dir = await tempDir();
    // 22 million characters but 67 MB on disk: under a limit counted in characters, over one in bytes.
    const content = `"${'€'.repeat(22_400_000)}"`;
    expect(content.length).toBeLessThan(maxBackupBytes);
    const refused = writeBackup(dir, 'manual', content);
    await expect(refused).rejects.toMatchObject({ code: 'too-large' });
    await expect(refused).rejects.toThrow(/is 67,200,002 bytes, more than the 64 MB ShipReady can read back/);
    expect(await readdir(dir)).toEqual([]);
  });
});
