// Fault: the host is killed (power cut, kill -9, crash) while it writes a backup. Afterwards no half file
// may sit under a backup's real name, the earlier backup must be whole, and the next start cleans up.
import { watch } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import { bundleHost, type HostProcess, startHost, stopHost } from './host-process';

let bundle: string;
const hosts: HostProcess[] = [];

beforeAll(async () => {
  bundle = await bundleHost();
}, 60_000);
afterAll(async () => {
  for (const host of hosts) await stopHost(host);
});

const backupNames = (names: string[]) => names.filter((name) => /^shipready-backup-.*\.json$/.test(name));

const oldContent = JSON.stringify({ projects: [{ id: 'p1', title: 'Written before the crash' }] });
const big = JSON.stringify({ notes: 'n'.repeat(60_000_000) });

/**
 * Writes a small backup, then kills the host the moment the temporary file of a ~60 MB one appears, while
 * it writes bytes it has not renamed yet (about 120 ms here). On a starved machine the write may still win
 * the race; that attempt then shows a whole file, and the scenario is tried again in a fresh folder.
 */
async function crashDuringWrite() {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const dataDir = await mkdtemp(join(tmpdir(), 'shipready-fault-kill-'));
    const backups = join(dataDir, 'backups');
    const host = await startHost(bundle, dataDir);
    hosts.push(host);
    const old = await host.api<Result<BackupInfo>>('backups:write-backup', {
      reason: 'manual',
      content: oldContent,
    });
    if (!old.body.ok) throw new Error(old.body.error.message);
    const oldInfo = old.body.value;
    await mkdir(backups, { recursive: true });
    const watcher = watch(backups, (_event, name) => {
      if (name?.endsWith('.tmp')) host.child.kill('SIGKILL');
    });
    const outcome = await host.api('backups:write-backup', { reason: 'manual', content: big }).then(
      () => 'finished' as const,
      () => 'killed' as const, // The connection dies with the host.
    );
    await host.exited;
    watcher.close();
    const afterCrash = await readdir(backups);
    if (outcome === 'killed' && afterCrash.some((name) => name.endsWith('.tmp'))) {
      return { dataDir, backups, old: oldInfo, afterCrash, port: host.port };
    }
    // The write won: it must then be whole under its real name, never half.
    for (const name of backupNames(afterCrash).filter((n) => n !== oldInfo.fileName)) {
      expect(await readFile(join(backups, name), 'utf8')).toBe(big);
    }
  }
  throw new Error('In three attempts the host finished its 60 MB write before the kill landed.');
}

it('SIGKILL during a backup write leaves the old backup whole, no half file under a real name, and a clean restart', async () => {
  const { dataDir, backups, old, afterCrash, port } = await crashDuringWrite();
  // Only the earlier backup carries a real name, and it is byte for byte what was written.
  expect(backupNames(afterCrash)).toEqual([old.fileName]);
  expect(await readFile(join(backups, old.fileName), 'utf8')).toBe(oldContent);
  // What the kill interrupted is one temporary file beside the real names, nothing else.
  expect(afterCrash.filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
  expect(afterCrash).toHaveLength(2);

  const second = await startHost(bundle, dataDir);
  hosts.push(second);
  expect(second.port).toBe(port); // Same data folder, same address: the page finds its data.
  expect((await readdir(backups)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  const listed = await second.api<Result<BackupInfo[]>>('backups:list-backups', {});
  expect(listed.body).toEqual({ ok: true, value: [old] });
  const read = await second.api<Result<string>>('backups:read-backup', { fileName: old.fileName });
  expect(read.body).toEqual({ ok: true, value: oldContent });
}, 120_000);
