// Keyboard shortcuts for the item in view: D done, L in progress, S skip, R reset; ← → between pages, ↑ ↓ between items.
import { useEffect } from 'react';
import type { ProgressStatus } from '../../../../shared/domain/progress';

const statusKeys: Record<string, ProgressStatus> = {
  d: 'done',
  l: 'in-progress',
  s: 'skipped',
  r: 'pending',
};

function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
}

export interface ShortcutHandlers {
  setStatus: (status: ProgressStatus) => void;
  previous?: () => void;
  next?: () => void;
  up?: () => void;
  down?: () => void;
}

export function useStatusShortcuts(enabled: boolean, handlers: ShortcutHandlers): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      if (document.querySelector('[role="dialog"]')) return;
      const status = statusKeys[event.key.toLowerCase()];
      if (status) {
        event.preventDefault();
        handlers.setStatus(status);
      } else if (event.key === 'ArrowLeft' && handlers.previous) {
        event.preventDefault();
        handlers.previous();
      } else if (event.key === 'ArrowRight' && handlers.next) {
        event.preventDefault();
        handlers.next();
      } else if (event.key === 'ArrowUp' && handlers.up) {
        event.preventDefault();
        handlers.up();
      } else if (event.key === 'ArrowDown' && handlers.down) {
        event.preventDefault();
        handlers.down();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, handlers]);
}
