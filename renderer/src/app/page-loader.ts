// Each area's code loads when it is first visited, so the first screen carries only its own page.
// Loaded pages are kept, so coming back is instant.
import { type ComponentType, useEffect, useState } from 'react';
import type { Page } from '../store/navigation-slice';

const loaders: Record<Page, () => Promise<ComponentType>> = {
  roadmap: () => import('../features/roadmap/RoadmapPage').then((m) => m.RoadmapPage),
  portfolio: () => import('../features/portfolio/PortfolioPage').then((m) => m.PortfolioPage),
  readiness: () => import('../features/readiness/ReadinessPage').then((m) => m.ReadinessPage),
  review: () => import('../features/review/ReviewPage').then((m) => m.ReviewPage),
  settings: () => import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
};

const loaded = new Map<Page, ComponentType>();

/** The component for `page`, or null while its chunk loads; never another page's component. */
export function usePageComponent(page: Page): ComponentType | null {
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (loaded.has(page)) return;
    let live = true;
    void loaders[page]().then((component) => {
      loaded.set(page, component);
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [page]);
  return loaded.get(page) ?? null;
}

/** Starts loading a page's code early, e.g. the one the URL opens on. */
export async function preloadPage(page: Page): Promise<void> {
  if (loaded.has(page)) return;
  loaded.set(page, await loaders[page]());
  performance.mark('shipready:page-code-loaded');
}
