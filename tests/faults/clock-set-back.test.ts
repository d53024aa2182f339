// Fault: the computer's clock goes back (a dead CMOS battery, a wrong manual setting, a VM snapshot) when a
// full set of backups is already there. Each new backup must survive its own write and be the one listed
// first, and every file a notice names must exist.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dataPaths } from '../../electron/services/data-dir';
import { createDesktopHandlers } from '../../electron/services/desktop-handlers';
import { dispatch } from '../../electron/services/dispatch';
import { createLlmService } from '../../electron/services/llm/llm-service';
import { fileSecretStore } from '../../electron/services/llm/secret-store';
import { retention } from '../../shared/backups/retention';
import type { BackupInfo } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

const day = 86_400_000;

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

it('with a full set of backups and the clock set back a year, every new backup is kept and readable', async () => {
  const paths = dataPaths(await mkdtemp(join(tmpdir(), 'shipready-fault-clock-')));
  let clock = Date.UTC(2026, 9, 1, 9);
  const handlers = createDesktopHandlers({
    paths,
    appInfo: { name: 'ShipReady', version: 'fault', edition: 'browser' },
    llm: createLlmService({ settingsPath: paths.llmSettings, secrets: fileSecretStore(paths.secrets) }),
    now: () => new Date(clock),
  });
  const write = async (reason: string, content = '{}') =>
    unwrap(await dispatch(handlers, 'backups:write-backup', { reason, content }));
  const list = async () => unwrap(await dispatch(handlers, 'backups:list-backups', {}));

  // Two months of daily backups and 20 before-import ones: every retention slot is taken.
  for (let n = 0; n < 60; n += 1, clock += day) {
    await write('daily');
    if (n % 3 === 0) await write('before-import');
  }
  const full = await list();
  expect(full.filter((b) => b.reason === 'daily')).toHaveLength(retention.daily + retention.weekly);
  expect(full.filter((b) => b.reason === 'before-import')).toHaveLength(retention.perOtherReason);

  clock = Date.UTC(2025, 9, 1, 9); // A year back.
  const written: BackupInfo[] = [];
  for (let n = 0; n < 3; n += 1, clock += day) {
    for (const reason of ['daily', 'before-import', 'manual']) {
      const content = JSON.stringify({ reason, n });
      const info = await write(reason, content);
      written.push(info);
      // What the notice names is there, with what was written.
      expect(unwrap(await dispatch(handlers, 'backups:read-backup', { fileName: info.fileName }))).toBe(
        content,
      );
      expect((await list())[0]).toEqual(info);
    }
  }
  const after = await list();
  // Every backup written after the clock went back is still there, newest written first.
  const names = after.map((b) => b.fileName);
  for (const info of written) expect(names).toContain(info.fileName);
  expect(names.slice(0, 3)).toEqual(
    written
      .slice(-3)
      .reverse()
      .map((b) => b.fileName),
  );
  // And the set stays within the rules, the oldest-written making way.
  expect(after.filter((b) => b.reason === 'daily')).toHaveLength(retention.daily + retention.weekly);
  expect(after.filter((b) => b.reason === 'before-import')).toHaveLength(retention.perOtherReason);
}, 60_000);
