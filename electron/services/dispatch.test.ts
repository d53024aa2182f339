import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserEditionHandlers } from '../web-host/browser-handlers';
import { dataPaths } from './data-dir';
import type { DesktopHandlers } from './desktop-handlers';
import { dispatch } from './dispatch';

async function setup() {
  const root = await mkdtemp(join(tmpdir(), 'shipready-dispatch-'));
  const paths = dataPaths(root);
  const handlers = browserEditionHandlers(paths, { name: 'ShipReady', version: '0.1.0' });
  return { paths, handlers };
}

describe('dispatch', () => {
  it('saves an export into the data folder in the browser edition', async () => {
    const { paths, handlers } = await setup();
    const result = await dispatch(handlers, 'files:save-file', {
      suggestedName: 'report.html',
      content: '<p>x</p>',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, path: join(paths.exports, 'report.html') } });
  });

  it.each([
    [{ suggestedName: '', content: 'x' }, 'suggestedName'],
    [{ suggestedName: 'a/b.json', content: 'x' }, 'suggestedName'],
    [{ suggestedName: 'a.json', content: 42 }, 'content'],
    [{ suggestedName: 'a.json', content: 'x', extra: true }, 'extra'],
  ])('refuses %j naming the field, and writes nothing', async (payload, field) => {
    const { paths, handlers } = await setup();
    const result = await dispatch(handlers, 'files:save-file', payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(field);
    await expect(readdir(paths.exports)).rejects.toThrow();
  });

  it('refuses a backup with an unknown reason', async () => {
    const { handlers } = await setup();
    const result = await dispatch(handlers, 'backups:write-backup', { reason: 'whenever', content: '{}' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('turns a thrown failure into a result without leaking details', async () => {
    const { handlers } = await setup();
    const broken: DesktopHandlers = {
      ...handlers,
      'backups:list-backups': async () => {
        throw Object.assign(new Error('EACCES: /secret/path'), { code: 'EACCES' });
      },
    };
    const result = await dispatch(broken, 'backups:list-backups', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
    if (!result.ok) expect(result.error.message).not.toContain('/secret/path');
  });

  it('says the browser edition opens files in the page', async () => {
    const { handlers } = await setup();
    expect(await dispatch(handlers, 'files:open-file', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});
