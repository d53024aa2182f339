// What waits for the first screen starts once a page marks it drawn, and at once for anything mounted later.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readyAttribute, useAfterFirstScreen, useFirstScreenReady } from './first-screen-ready';

describe('useAfterFirstScreen', () => {
  it('is false until the first screen is marked drawn, then true, and true from the start afterwards', async () => {
    const waiting = renderHook(() => useAfterFirstScreen());
    expect(waiting.result.current).toBe(false);
    renderHook(() => useFirstScreenReady(true));
    await waitFor(() => expect(waiting.result.current).toBe(true));
    expect(document.documentElement.getAttribute(readyAttribute)).toBe('true');
    expect(renderHook(() => useAfterFirstScreen()).result.current).toBe(true);
  });
});
