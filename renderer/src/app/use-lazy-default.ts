// Loads a component from its own chunk without suspending. React 19 throttles the reveal of a Suspense
// boundary for up to about 300 ms once its fallback showed; a plain state update has no such delay.
import { type ComponentType, useEffect, useState } from 'react';

export function useLazyDefault<P>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    load().then((module) => live && setComponent(() => module.default));
    return () => {
      live = false;
    };
  }, [load]);
  return component;
}
