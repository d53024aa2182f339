// Changing a status: Undo puts back the row the write replaced; a failed write is said, and nothing changes.
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { setProgress } from '../../db/repositories/progress';
import { appStore } from '../../store/app-store';
import { changeStatus } from './status-actions';

afterEach(() => appStore.setState({ notices: [] }));

describe('changeStatus', () => {
  it('stores the status with its event, and Undo brings back the skip and its reason', async () => {
    const db = await freshDatabase();
    await setProgress(db, 'm1-a', 'skipped', { reason: 'already-known', note: 'did it at work' });
    await changeStatus(db, 'm1-a', 'Async basics', 'done');
    expect((await db.progress.get('m1-a'))?.status).toBe('done');
    const notice = appStore.getState().notices.at(-1);
    expect(notice).toMatchObject({ tone: 'info', message: '“Async basics”: done.' });
    notice?.action?.run();
    await waitFor(async () =>
      expect(await db.progress.get('m1-a')).toMatchObject({
        status: 'skipped',
        skipReason: 'already-known',
        skipNote: 'did it at work',
      }),
    );
    expect((await db.events.toArray()).map((event) => event.detail)).toEqual([
      { from: 'pending', to: 'skipped' },
      { from: 'skipped', to: 'done' },
      { from: 'done', to: 'skipped' },
    ]);
  });

  it('says why a write failed and leaves the stored status as it was', async () => {
    const db = await freshDatabase();
    await setProgress(db, 'm1-a', 'in-progress');
    vi.spyOn(db.progress, 'put').mockRejectedValueOnce(new Error('disk full'));
    await changeStatus(db, 'm1-a', 'Async basics', 'done');
    expect(appStore.getState().notices.at(-1)?.tone).toBe('error');
    expect((await db.progress.get('m1-a'))?.status).toBe('in-progress');
  });
});
