// The UI store: typed slices combined; a factory so each test gets its own. Never holds database rows.

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';

export type AppState = NavigationSlice & NoticesSlice;

export const createAppStore = () =>
  createStore<AppState>()((...args) => ({
    ...createNavigationSlice(...args),
    ...createNoticesSlice(...args),
  }));

export const appStore = createAppStore();

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
