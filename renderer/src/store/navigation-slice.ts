// Which page is showing. Mirrored in the URL hash so a reload returns to the same page.
import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export const pages = ['roadmap', 'portfolio', 'readiness', 'review', 'settings'] as const;
export type Page = (typeof pages)[number];

export interface NavigationSlice {
  page: Page;
  goTo: (page: Page) => void;
}

export function pageFromHash(hash: string): Page {
  const name = hash.replace(/^#\/?/, '').split('/')[0];
  return (pages as readonly string[]).includes(name ?? '') ? (name as Page) : 'roadmap';
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  page: typeof window === 'undefined' ? 'roadmap' : pageFromHash(window.location.hash),
  goTo: (page) => {
    set({ page });
    if (typeof window !== 'undefined' && pageFromHash(window.location.hash) !== page) {
      window.history.replaceState(null, '', `#/${page}`);
    }
  },
});
