import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store';
import { pageFromHash } from './navigation-slice';

describe('app store', () => {
  it('gives each test its own store', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().goTo('settings');
    expect(a.getState().page).toBe('settings');
    expect(b.getState().page).toBe('roadmap');
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

  it('reads the page from the hash and falls back to the roadmap', () => {
    expect(pageFromHash('#/portfolio')).toBe('portfolio');
    expect(pageFromHash('#/nonsense')).toBe('roadmap');
    expect(pageFromHash('')).toBe('roadmap');
  });
});
