// A status change shows in the progress map before it is stored, and is taken back when the write fails.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/test-database';
import type { ShipReadyDatabase } from './database';
import { DatabaseProvider } from './database-context';
import { useProgressMap } from './live';
import { setProgressShownAtOnce } from './pending-progress';
import { setProgress } from './repositories/progress';

async function progressHook(db: ShipReadyDatabase) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseProvider db={db}>{children}</DatabaseProvider>
  );
  const hook = renderHook(() => useProgressMap(), { wrapper });
  await waitFor(() => expect(hook.result.current).toBeDefined());
  return hook;
}

describe('setProgressShownAtOnce', () => {
  it('shows the new status before the write stores it, then the stored row', async () => {
    const db = await freshDatabase();
    await setProgress(db, 'm1-a', 'in-progress');
    const hook = await progressHook(db);
    await waitFor(() => expect(hook.result.current?.get('m1-a')?.status).toBe('in-progress'));
    let write: ReturnType<typeof setProgressShownAtOnce> | undefined;
    act(() => {
      write = setProgressShownAtOnce(db, 'm1-a', 'done');
    });
    expect(hook.result.current?.get('m1-a')?.status).toBe('done'); // Drawn before the write finished.
    const result = await write;
    expect(result).toMatchObject({ ok: true, value: { status: 'in-progress' } }); // The row it replaced.
    const stored = await db.progress.get('m1-a');
    expect(stored?.status).toBe('done');
    // The live read took over: the map holds the row as stored, with the stored time.
    await waitFor(() => expect(hook.result.current?.get('m1-a')).toEqual(stored));
    expect((await db.events.toArray()).map((event) => event.detail)).toContainEqual({
      from: 'in-progress',
      to: 'done',
    });
  });

  it('takes the status back when the write fails, and hands the error to the caller', async () => {
    const db = await freshDatabase();
    await setProgress(db, 'm1-a', 'in-progress');
    const hook = await progressHook(db);
    await waitFor(() => expect(hook.result.current?.get('m1-a')?.status).toBe('in-progress'));
    vi.spyOn(db.progress, 'put').mockRejectedValueOnce(new Error('disk full'));
    let write: ReturnType<typeof setProgressShownAtOnce> | undefined;
    act(() => {
      write = setProgressShownAtOnce(db, 'm1-a', 'done');
    });
    expect(hook.result.current?.get('m1-a')?.status).toBe('done');
    await act(async () => {
      await expect(write).rejects.toThrow('disk full');
    });
    expect(hook.result.current?.get('m1-a')?.status).toBe('in-progress');
    expect((await db.progress.get('m1-a'))?.status).toBe('in-progress');
  });

  it('never shows a refused change (a skip without a reason)', async () => {
    const db = await freshDatabase();
    const hook = await progressHook(db);
    let write: ReturnType<typeof setProgressShownAtOnce> | undefined;
    act(() => {
      write = setProgressShownAtOnce(db, 'm1-a', 'skipped');
    });
    expect(hook.result.current?.get('m1-a')).toBeUndefined();
    expect(await write).toMatchObject({ ok: false, error: { code: 'skip-reason-required' } });
    await act(async () => {});
    expect(hook.result.current?.get('m1-a')).toBeUndefined();
    expect(await db.progress.count()).toBe(0);
  });
});
