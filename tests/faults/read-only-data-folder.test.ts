// Fault: the data folder is read-only when the host starts (a full or locked disk, a read-only share, a
// folder restored from a backup medium). The host must start anyway so the person can see and save their
// data, and each refused write must say why in words, not crash or name an internal call.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { derivedPort } from '../../electron/web-host/port-choice';
import type { AppInfo, BackupInfo } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import { bundleHost, type HostProcess, startHost, stopHost } from './host-process';
import { type ReadOnlyFolder, readOnlyView } from './read-only-folder';

let bundle: string;
let host: HostProcess | undefined;
let folder: ReadOnlyFolder | { unavailable: string };
const backupName = 'shipready-backup-2026-11-20T09-00-00-000Z-daily-000001.json';
const backupContent = '{"projects":[{"id":"p1","title":"Kept on a read-only disk"}]}';

beforeAll(async () => {
  bundle = await bundleHost();
  // A data folder with a backup but no web-host.json: the host has to write one, and cannot.
  const dataDir = await mkdtemp(join(tmpdir(), 'shipready-fault-ro-'));
  await mkdir(join(dataDir, 'backups'));
  await writeFile(join(dataDir, 'backups', backupName), backupContent);
  folder = await readOnlyView(dataDir);
}, 60_000);

afterAll(async () => {
  await stopHost(host);
  if ('release' in folder) await folder.release();
});

it('starts on a read-only data folder, reads what is there, and refuses writes with the cause', async (context) => {
  if ('unavailable' in folder) return context.skip(`No read-only folder here: ${folder.unavailable}.`);
  const readOnly = folder;
  host = await startHost(bundle, readOnly.path);
  expect(host.port).toBe(derivedPort(readOnly.path));
  expect(host.stderr()).toMatch(/could not record its address .*Download all my data/);

  const info = await host.api<Result<AppInfo>>('app:get-info', {});
  expect(info.body).toMatchObject({ ok: true, value: { origin: host.origin, dataDir: readOnly.path } });
  const listed = await host.api<Result<BackupInfo[]>>('backups:list-backups', {});
  expect(listed.body).toMatchObject({ ok: true, value: [{ fileName: backupName }] });
  const read = await host.api<Result<string>>('backups:read-backup', { fileName: backupName });
  expect(read.body).toEqual({ ok: true, value: backupContent });

  const expectedCode = readOnly.code === 'EROFS' ? 'read-only' : 'permission-denied';
  for (const [channel, payload] of [
    ['backups:write-backup', { reason: 'daily', content: '{}' }],
    ['files:save-file', { suggestedName: 'portfolio.shipready', content: '{}' }],
  ] as const) {
    const refused = await host.api<Result<unknown>>(channel, payload);
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ ok: false, error: { code: expectedCode } });
    if (refused.body.ok) continue;
    expect(refused.body.error.message).toMatch(/Nothing was changed\.$/);
    expect(refused.body.error.message).not.toContain(channel);
  }
  expect(host.child.exitCode).toBeNull();
}, 60_000);
