// Messages the person must see: failures with what to do next, and confirmations.
import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
  /** A one-click follow-up, such as Undo. */
  action?: NoticeAction;
}

export interface NoticesSlice {
  notices: Notice[];
  notify: (tone: Notice['tone'], message: string, action?: NoticeAction) => void;
  dismiss: (id: number) => void;
}

let nextNoticeId = 1;

/** Confirmations fade after this long; errors stay until dismissed. */
export const infoNoticeMs = 6000;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  notify: (tone, message, action) =>
    set((state) => {
      // The same message twice in a row is one notice, not a stack.
      if (state.notices.at(-1)?.message === message && !action) return state;
      const notice: Notice = { id: nextNoticeId++, tone, message, ...(action ? { action } : {}) };
      if (tone === 'info') setTimeout(() => get().dismiss(notice.id), infoNoticeMs);
      // Up to four errors stay until dismissed; a new confirmation replaces the previous one.
      const errors = state.notices.filter((n) => n.tone === 'error');
      const info = state.notices.filter((n) => n.tone === 'info');
      return tone === 'error'
        ? { notices: [...[...errors, notice].slice(-4), ...info] }
        : { notices: [...errors, notice] };
    }),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
