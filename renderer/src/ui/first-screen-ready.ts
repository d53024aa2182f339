// Sets the `data-app-ready` marker once the database is open and the first page shows its data.
import { useEffect, useState } from 'react';

export const readyAttribute = 'data-app-ready';

let markShown: () => void = () => {};
let firstScreenShown = false;
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
      firstScreenShown = true;
      markShown();
    });
  }, [loaded]);
}

/**
 * False until the first screen shows its data (or `afterFirstScreen`'s fallback passed), then true: for a
 * part of the first screen that reads a lot and that the first screen does not wait for.
 */
export function useAfterFirstScreen(): boolean {
  const [after, setAfter] = useState(firstScreenShown);
  useEffect(() => {
    if (after) return;
    let live = true;
    void afterFirstScreen().then(() => live && setAfter(true));
    return () => {
      live = false;
    };
  }, [after]);
  return after;
}
