import { beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo, DesktopApi } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/result';
import { freshDatabase } from '../../../tests/fixtures/test-database';
import type { ShipReadyDatabase } from '../db/database';
import { appendEvent } from '../db/repositories/events';
import { backUpDaily } from './daily-backup';

let listAnswer: () => Result<BackupInfo[]>;
let writeAnswer: () => Result<BackupInfo>;
let writes = 0;
// desktopApi() keeps the first object it finds, so one object serves every test.
window.shipready = {
  listBackups: async () => listAnswer(),
  writeBackup: async () => {
    writes += 1;
    return writeAnswer();
  },
} as unknown as DesktopApi;

const readOnly = () =>
  fail('read-only', 'The backup was not written: the disk holding the data folder is read-only.');
let db: ShipReadyDatabase;

/** A start of the app: a fresh page, so a fresh list of notices; localStorage stays. */
async function start(day: string) {
  const said: string[] = [];
  await backUpDaily(db, (_tone, message) => said.push(message), new Date(`${day}T09:00:00Z`));
  return said;
}

beforeEach(async () => {
  localStorage.clear();
  writes = 0;
  db = await freshDatabase();
  await appendEvent(db, 'note.saved', 'item-1'); // Something worth keeping.
  listAnswer = () => ok([]);
  writeAnswer = readOnly;
});

describe('the daily backup', () => {
  it('says once a day that it could not be written, not on every start', async () => {
    expect(await start('2026-11-21')).toEqual([
      'Today’s automatic backup could not be made. The backup was not written: the disk holding the data folder is read-only.',
    ]);
    expect(await start('2026-11-21')).toEqual([]);
    expect(writes).toBe(2); // It still tries each start; only the telling is once.
    expect(await start('2026-11-22')).toHaveLength(1);
  });

  it('says so when the backups cannot even be listed', async () => {
    listAnswer = () =>
      fail('not-a-folder', 'The backups could not be listed: a file stands where a folder should be.');
    expect(await start('2026-11-21')).toEqual([
      'Today’s automatic backup could not be made. The backups could not be listed: a file stands where a folder should be.',
    ]);
  });

  it('tells again after a day it worked, if it fails once more', async () => {
    await start('2026-11-21');
    writeAnswer = () =>
      ok({ fileName: 'b.json', reason: 'daily', createdAt: '2026-11-21T09:00:00.000Z', bytes: 2 });
    expect(await start('2026-11-21')).toEqual([]);
    writeAnswer = readOnly;
    expect(await start('2026-11-21')).toHaveLength(1);
  });
});
