// Sets the `data-app-ready` marker once the database is open and the first page shows its data.
import { useEffect } from 'react';

export const readyAttribute = 'data-app-ready';

export function useFirstScreenReady(loaded: boolean): void {
  useEffect(() => {
    if (!loaded || document.documentElement.hasAttribute(readyAttribute)) return;
    // After the browser has painted the frame that shows the data.
    requestAnimationFrame(() => {
      document.documentElement.setAttribute(readyAttribute, 'true');
      performance.mark('shipready:ready');
    });
  }, [loaded]);
}
