import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/test-database';
import { DatabaseProvider } from './database-context';
import { primeProgressMap, useProgressMap } from './live';
import { setProgress } from './repositories/progress';

describe('useProgressMap', () => {
  it('starts from the progress read at start-up, and never from that stale read on a later visit', async () => {
    const db = await freshDatabase();
    await setProgress(db, 'm1-async', 'done');
    await primeProgressMap(db);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <DatabaseProvider db={db}>{children}</DatabaseProvider>
    );

    const first = renderHook(() => useProgressMap(), { wrapper });
    expect(first.result.current?.get('m1-async')?.status).toBe('done'); // Drawn with data at once.
    await waitFor(() => expect(first.result.current?.size).toBe(1));
    first.unmount();

    await setProgress(db, 'm1-async', 'in-progress');
    const later = renderHook(() => useProgressMap(), { wrapper });
    expect(later.result.current?.get('m1-async')?.status).not.toBe('done');
    await waitFor(() => expect(later.result.current?.get('m1-async')?.status).toBe('in-progress'));
  });

  it('keeps the start-up map when the live query reads the same rows, so the first screen draws once', async () => {
    const db = await freshDatabase();
    await setProgress(db, 'm1-async', 'done');
    await primeProgressMap(db);
    let reads = 0;
    db.progress.hook('reading', (row) => {
      reads += 1;
      return row;
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <DatabaseProvider db={db}>{children}</DatabaseProvider>
    );
    let renders = 0;
    const seen = renderHook(
      () => {
        renders += 1;
        return useProgressMap();
      },
      { wrapper },
    );
    const primed = seen.result.current;
    expect(primed?.get('m1-async')?.status).toBe('done');
    await waitFor(() => expect(reads).toBe(1)); // the live query has read the rows
    await act(async () => {}); // and React has drawn whatever that answer changed
    expect(seen.result.current).toBe(primed);
    expect(renders).toBe(1);
    await setProgress(db, 'm1-async', 'in-progress');
    await waitFor(() => expect(seen.result.current?.get('m1-async')?.status).toBe('in-progress'));
  });
});
