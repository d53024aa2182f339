import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../shared/ipc/contract';
import { browserEditionHandlers } from '../web-host/browser-handlers';
import { dataPaths } from './data-dir';
import type { DesktopHandlers } from './desktop-handlers';
import { dispatch } from './dispatch';

const failingWith = (code: string): DesktopHandlers => ({
  ...browserEditionHandlers(dataPaths('/nonexistent-shipready'), { name: 'ShipReady', version: '0' }),
  'backups:write-backup': async () => {
    throw Object.assign(new Error(`${code}: /home/ana/.config/ShipReady/backups/x.tmp`), { code });
  },
});

const backup = { reason: 'daily', content: '{}' };

describe('file errors as the person reads them', () => {
  it.each([
    ['ENOSPC', 'disk-full', /disk is full.*Free some space/],
    ['EDQUOT', 'quota-exceeded', /quota is used up/],
    ['EROFS', 'read-only', /read-only.*Download all my data/],
    ['EACCES', 'permission-denied', /not allowed.*Choose another folder/],
    ['EPERM', 'permission-denied', /not allowed/],
    ['ENOTDIR', 'not-a-folder', /a file stands where a folder should be.*Move that file away/],
    ['EIO', 'disk-error', /read or write error.*check the disk/],
  ])('%s names its cause and what to do', async (errno, code, sentence) => {
    const result = await dispatch(failingWith(errno), 'backups:write-backup', backup);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^The backup was not written: /);
    expect(result.error.message).toMatch(sentence);
    expect(result.error.message).toMatch(/Nothing was changed\.$/);
    expect(result.error.message).not.toContain('/home/ana');
  });

  it('never names an internal channel, even for an error it does not know', async () => {
    const result = await dispatch(failingWith('EWEIRD'), 'backups:write-backup', backup);
    expect(result).toMatchObject({ ok: false, error: { code: 'io-failed' } });
    if (result.ok) return;
    expect(result.error.message).toContain('(EWEIRD)');
    expect(result.error.message).toMatch(/^The backup was not written: .*Try again\. Nothing was changed\.$/);
    for (const channel of Object.keys(requestSchemas)) expect(result.error.message).not.toContain(channel);
  });
});
