// Opens what a next action's link points at: on a project page whose path ends in "log-run" or "details", the run
// form or the links; on the portfolio at "new-project", the new-project form. The target is scrolled to and its
// field focused, so the person lands in the form.
import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';

/** The form each target opens, and the field in it that takes the focus. */
const targets: Record<string, { form: string; field: string }> = {
  'log-run': { form: 'form[aria-label="Log a run"]', field: 'input, select, textarea' },
  details: { form: '#project-links', field: 'input, select, textarea' },
  // The title: the start menu above it is optional.
  'new-project': { form: 'form[aria-label="New project"]', field: 'input' },
};

export function useActionTarget(ready: boolean): void {
  const section = useAppStore((state) =>
    state.route.path[0] === 'new-project' ? 'new-project' : state.route.path[2],
  );
  useEffect(() => {
    const target = section ? targets[section] : undefined;
    if (!ready || !target) return;
    const element = document.querySelector(target.form);
    element?.scrollIntoView?.({ block: 'start' });
    element?.querySelector<HTMLElement>(target.field)?.focus();
  }, [ready, section]);
}
