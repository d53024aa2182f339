// Sets the `data-app-ready` marker once the database is open and the first page shows its data.
import { useEffect } from 'react';

export const readyAttribute = 'data-app-ready';

let markShown: () => void = () => {};
const shown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/**
 * Resolves once the first screen shows its data, or after `fallbackMs` if no page reports it: work that
 * can wait (the daily backup, files opened from the file manager) starts then instead of competing with it.
 */
export function afterFirstScreen(fallbackMs = 2000): Promise<void> {
  return Promise.race([shown, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))]);
}

export function useFirstScreenReady(loaded: boolean): void {
  useEffect(() => {
    if (!loaded || document.documentElement.hasAttribute(readyAttribute)) return;
    // After the browser has painted the frame that shows the data.
    requestAnimationFrame(() => {
      document.documentElement.setAttribute(readyAttribute, 'true');
      performance.mark('shipready:ready');
      markShown();
    });
  }, [loaded]);
}
