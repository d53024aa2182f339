// Opens what a next action's link points at: on a project page whose path ends in "log-run" or "details", the run
// form or the links are scrolled to and their first field focused, so the person lands in the form.
import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';

const selectors: Record<string, string> = {
  'log-run': 'form[aria-label="Log a run"]',
  details: '#project-links',
};

export function useActionTarget(ready: boolean): void {
  const section = useAppStore((state) => state.route.path[2]);
  useEffect(() => {
    const selector = section ? selectors[section] : undefined;
    if (!ready || !selector) return;
    const element = document.querySelector(selector);
    element?.scrollIntoView?.({ block: 'start' });
    const field = element?.querySelector<HTMLElement>('input, select, textarea');
    field?.focus();
  }, [ready, section]);
}
