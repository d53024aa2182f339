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

it('SIGKILL during a backup write leaves the old backup whole, no half file under a real name, and a clean restart', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'shipready-fault-kill-'));
  const backups = join(dataDir, 'backups');
  const first = await startHost(bundle, dataDir);
  hosts.push(first);
  const oldContent = JSON.stringify({ projects: [{ id: 'p1', title: 'Written before the crash' }] });
  const old = await first.api<Result<BackupInfo>>('backups:write-backup', {
    reason: 'manual',
    content: oldContent,
  });
  if (!old.body.ok) throw new Error(old.body.error.message);

  // Kill the host the moment its temporary file appears: it is then writing ~60 MB it has not renamed yet.
  await mkdir(backups, { recursive: true });
  let sawTemp = '';
  const watcher = watch(backups, (_event, name) => {
    if (!sawTemp && name?.endsWith('.tmp')) {
      sawTemp = name;
      first.child.kill('SIGKILL');
    }
  });
  const big = JSON.stringify({ notes: 'n'.repeat(60_000_000) });
  const killedWrite = first.api('backups:write-backup', { reason: 'manual', content: big });
  await expect(killedWrite).rejects.toThrow(); // The connection dies with the host.
  expect(await first.exited).toBe('SIGKILL');
  watcher.close();
  expect(sawTemp).not.toBe('');

  const afterCrash = await readdir(backups);
  // Only the earlier backup carries a real name, and it is byte for byte what was written.
  expect(backupNames(afterCrash)).toEqual([old.body.value.fileName]);
  expect(await readFile(join(backups, old.body.value.fileName), 'utf8')).toBe(oldContent);
  // The kill landed mid-write: what it interrupted is a temporary file, beside the real names.
  expect(afterCrash.filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
  for (const name of afterCrash.filter((n) => !backupNames([n]).length)) expect(name).toMatch(/\.tmp$/);

  const second = await startHost(bundle, dataDir);
  hosts.push(second);
  expect(second.port).toBe(first.port); // Same data folder, same address: the page finds its data.
  expect((await readdir(backups)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  const listed = await second.api<Result<BackupInfo[]>>('backups:list-backups', {});
  expect(listed.body).toEqual({ ok: true, value: [old.body.value] });
  const read = await second.api<Result<string>>('backups:read-backup', { fileName: old.body.value.fileName });
  expect(read.body).toEqual({ ok: true, value: oldContent });
}, 120_000);
