// After a page change, keyboard focus moves to the new page's heading (as a screen reader expects), not <body>.
import { useEffect, useRef } from 'react';

/** Frames to wait for a lazily loaded page to draw its heading before giving up. */
const maxFrames = 120;

/**
 * Call with a value that changes on every page change (the route). The heading is focused only when focus
 * was left behind: on <body>, in the main navigation, or still on the control that changed the page. A page
 * that puts focus somewhere itself (a form's first field) keeps it.
 */
export function useFocusPageHeading(route: unknown, mainSelector = '#main'): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change, by design.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const trigger = document.activeElement;
    let frame = 0;
    let handle = 0;
    const leftBehind = () => {
      const active = document.activeElement;
      return (
        !active ||
        active === document.body ||
        active === trigger ||
        !active.isConnected ||
        active.closest('nav[aria-label="Main"]') !== null
      );
    };
    const tryFocus = () => {
      const heading = document.querySelector<HTMLElement>(`${mainSelector} h1`);
      if (heading) {
        if (!leftBehind()) return;
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        return;
      }
      frame += 1;
      if (frame < maxFrames) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [route, mainSelector]);
}
