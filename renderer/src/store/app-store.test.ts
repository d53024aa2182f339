import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from './app-store';
import { hashOf, routeFromHash } from './navigation-slice';
import { infoNoticeMs } from './notices-slice';

describe('app store', () => {
  it('gives each test its own store', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().goTo('settings');
    expect(a.getState().route.page).toBe('settings');
    expect(b.getState().route.page).toBe('roadmap');
  });

  it('keeps errors until dismissed, shows only the newest confirmation, and folds a repeat', () => {
    const store = createAppStore();
    store.getState().notify('error', 'disk full');
    for (let i = 0; i < 8; i += 1) store.getState().notify('info', `saved ${i}`);
    store.getState().notify('info', 'saved 7');
    expect(store.getState().notices.map((notice) => notice.message)).toEqual(['disk full', 'saved 7']);
    for (let i = 0; i < 6; i += 1) store.getState().notify('error', `error ${i}`);
    expect(store.getState().notices.filter((notice) => notice.tone === 'error')).toHaveLength(4);
  });

  it('lets confirmations fade on their own', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    store.getState().notify('info', 'saved');
    vi.advanceTimersByTime(infoNoticeMs + 1);
    expect(store.getState().notices).toEqual([]);
    vi.useRealTimers();
  });

  it('reads the route from the hash and falls back to the roadmap', () => {
    expect(routeFromHash('#/portfolio')).toEqual({ page: 'portfolio', path: [] });
    expect(routeFromHash('#/roadmap/lesson/m2-hybrid-retrieval')).toEqual({
      page: 'roadmap',
      path: ['lesson', 'm2-hybrid-retrieval'],
    });
    expect(routeFromHash('#/nonsense/x')).toEqual({ page: 'roadmap', path: [] });
    expect(routeFromHash('')).toEqual({ page: 'roadmap', path: [] });
  });

  it('writes a hash that reads back to the same route', () => {
    expect(routeFromHash(hashOf('roadmap', ['lesson', 'a b']))).toEqual({
      page: 'roadmap',
      path: ['lesson', 'a b'],
    });
  });
});
