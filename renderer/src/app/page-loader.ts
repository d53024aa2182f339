// Each area's code loads when it is first visited, or earlier while the app is idle after start, so the
// first screen carries only its own page. Loaded pages are kept, so coming back is instant.
import { type ComponentType, useEffect, useState } from 'react';
import type { Page } from '../store/navigation-slice';

interface PageModule {
  component: ComponentType;
  /** Loads what the page draws with later (its charts), so a first visit does not wait for them. */
  prefetch?: () => Promise<unknown>;
}

const loaders: Record<Page, () => Promise<PageModule>> = {
  roadmap: () => import('../features/roadmap/RoadmapPage').then((m) => ({ component: m.RoadmapPage })),
  portfolio: () =>
    import('../features/portfolio/PortfolioPage').then((m) => ({
      component: m.PortfolioPage,
      prefetch: m.prefetch,
    })),
  readiness: () =>
    import('../features/readiness/ReadinessPage').then((m) => ({
      component: m.ReadinessPage,
      prefetch: m.prefetch,
    })),
  review: () => import('../features/review/ReviewPage').then((m) => ({ component: m.ReviewPage })),
  settings: () => import('../features/settings/SettingsPage').then((m) => ({ component: m.SettingsPage })),
};

const loaded = new Map<Page, ComponentType>();

async function load(page: Page): Promise<PageModule> {
  const module = await loaders[page]();
  loaded.set(page, module.component);
  return module;
}

/** The component for `page`, or null while its chunk loads; never another page's component. */
export function usePageComponent(page: Page): ComponentType | null {
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (loaded.has(page)) return;
    let live = true;
    void load(page).then(() => {
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
  await load(page);
  performance.mark('shipready:page-code-loaded');
}

const idle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 50),
  );

/**
 * Loads every area's code and charts one at a time while the browser is idle, so that a first visit
 * draws without waiting for chunks to download and evaluate. A failure just leaves that page to load on visit.
 */
export async function prefetchPages(pages: readonly Page[]): Promise<void> {
  for (const page of pages) {
    await idle();
    try {
      const module = await load(page);
      await idle();
      await module.prefetch?.();
    } catch {
      // Offline chunk or a broken build: the visit itself will show the problem.
    }
  }
}
