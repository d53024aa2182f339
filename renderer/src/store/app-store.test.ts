import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store';
import { hashOf, routeFromHash } from './navigation-slice';

describe('app store', () => {
  it('gives each test its own store', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().goTo('settings');
    expect(a.getState().route.page).toBe('settings');
    expect(b.getState().route.page).toBe('roadmap');
  });

  it('keeps at most five notices and folds a repeated message', () => {
    const store = createAppStore();
    for (let i = 0; i < 8; i += 1) store.getState().notify('info', `message ${i}`);
    store.getState().notify('info', 'message 7');
    expect(store.getState().notices.map((notice) => notice.message)).toEqual([
      'message 3',
      'message 4',
      'message 5',
      'message 6',
      'message 7',
    ]);
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
