// Loads a component from its own chunk without suspending. React 19 throttles the reveal of a Suspense
// boundary for up to about 300 ms once its fallback showed; a plain state update has no such delay.
import { type ComponentType, useEffect, useState } from 'react';

/** A chunk loader that loads once and remembers the module, so a later render can have it at once. */
export interface LazyModule<M> {
  (): Promise<M>;
  loaded?: M;
}

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let pending: Promise<M> | undefined;
  const get: LazyModule<M> = () => {
    pending ??= load().then((module) => {
      get.loaded = module;
      return module;
    });
    return pending;
  };
  return get;
}

export function useLazyDefault<P>(load: LazyModule<{ default: ComponentType<P> }>): ComponentType<P> | null {
  // Already loaded (visited before, or fetched while idle): drawn in the first render, no "loading" pass.
  const [component, setComponent] = useState<ComponentType<P> | null>(() => load.loaded?.default ?? null);
  useEffect(() => {
    if (load.loaded) return;
    let live = true;
    load().then((module) => live && setComponent(() => module.default));
    return () => {
      live = false;
    };
  }, [load]);
  return component;
}
