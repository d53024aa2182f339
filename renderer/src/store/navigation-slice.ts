// Where the person is: a page and a path inside it. The URL hash is the source of truth, so Back,
// Forward and reload all work; the store mirrors it for components.
import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export const pages = ['roadmap', 'portfolio', 'readiness', 'review', 'settings'] as const;
export type Page = (typeof pages)[number];

export interface Route {
  page: Page;
  /** e.g. ['lesson', 'm2-hybrid-retrieval'] or ['month', 'month-2'] */
  path: string[];
}

export interface NavigationSlice {
  route: Route;
  goTo: (page: Page, ...path: string[]) => void;
  syncFromHash: (hash: string) => void;
}

export function routeFromHash(hash: string): Route {
  const [name, ...path] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const page = (pages as readonly string[]).includes(name ?? '') ? (name as Page) : 'roadmap';
  return { page, path: page === name ? path.filter(Boolean) : [] };
}

export const hashOf = (page: Page, path: string[]) =>
  `#/${[page, ...path].map(encodeURIComponent).join('/')}`;

const currentHash = () => (typeof window === 'undefined' ? '' : window.location.hash);

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  route: routeFromHash(currentHash()),
  goTo: (page, ...path) => {
    set({ route: { page, path } });
    if (typeof window !== 'undefined' && currentHash() !== hashOf(page, path))
      window.location.hash = hashOf(page, path);
  },
  syncFromHash: (hash) => set({ route: routeFromHash(hash) }),
});
