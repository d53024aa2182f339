import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../shared/bundle/build-bundle';
import { allIncluded, sampleRows } from '../../../tests/fixtures/bundles/bundle-rows';
import {
  removeOpenedBundle,
  restoreOpenedBundle,
  storeOpenedBundle,
  useOpenedBundle,
} from './live-review-space';
import { reviewSpace } from './review-space';

async function opened(owner: string) {
  const { bundle } = await buildBundle({
    owner,
    contentVersion: 3,
    rows: sampleRows(),
    privacy: allIncluded,
  });
  return { hash: bundle.contentHash, owner, openedAt: '2026-11-30T10:00:00.000Z', bundle };
}

describe('useOpenedBundle', () => {
  it('shows the bundle just stored as that same object, and follows its removal here or elsewhere', async () => {
    const entry = await opened('Ada');
    await storeOpenedBundle(entry);
    const seen = renderHook(() => useOpenedBundle(entry.hash));
    // The same object: nothing was read back from the database (or cloned) to show it.
    await waitFor(() => expect(seen.result.current).toBe(entry));

    let removed: Awaited<ReturnType<typeof removeOpenedBundle>> = null;
    await act(async () => {
      removed = await removeOpenedBundle(entry.hash);
    });
    await waitFor(() => expect(seen.result.current).toBeNull());
    if (!removed) throw new Error('nothing was removed');
    await act(() => restoreOpenedBundle(removed as NonNullable<typeof removed>));
    await waitFor(() => expect(seen.result.current?.bundle).toEqual(entry.bundle));

    // Another window taking it out, straight from the database, shows too.
    await storeOpenedBundle(entry);
    await waitFor(() => expect(seen.result.current).toBe(entry));
    await act(() => reviewSpace().bundles.delete(entry.hash));
    await waitFor(() => expect(seen.result.current).toBeNull());
  });

  it('reads any other bundle from the database', async () => {
    const first = await opened('Bo');
    const second = await opened('Cy');
    await storeOpenedBundle(first);
    await storeOpenedBundle(second);
    const seen = renderHook(() => useOpenedBundle(first.hash));
    await waitFor(() => expect(seen.result.current?.owner).toBe('Bo'));
    expect(seen.result.current).not.toBe(first);
    expect(seen.result.current?.bundle).toEqual(first.bundle);
  });
});
