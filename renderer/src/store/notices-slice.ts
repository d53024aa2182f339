// Messages the person must see: failures with what to do next, and confirmations.
import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
}

export interface NoticesSlice {
  notices: Notice[];
  notify: (tone: Notice['tone'], message: string) => void;
  dismiss: (id: number) => void;
}

let nextNoticeId = 1;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  notify: (tone, message) =>
    set((state) => {
      // The same message twice in a row is one notice, not a stack.
      if (state.notices.at(-1)?.message === message) return state;
      return { notices: [...state.notices.slice(-4), { id: nextNoticeId++, tone, message }] };
    }),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
