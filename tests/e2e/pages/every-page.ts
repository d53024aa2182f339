// Every page of the app, for the specs that check each one (accessibility, keyboard): the list, a project
// to show the project page with, and a way to open a page by its address.
import type { Page } from 'playwright-core';
import { PortfolioPage } from './portfolio-page';
import { ShellPage } from './shell-page';

const fixedPages: [string, string][] = [
  ['roadmap overview', '#/roadmap'],
  ['month', '#/roadmap/month/month-2'],
  ['lesson', '#/roadmap/lesson/m2-hybrid-retrieval'],
  ['skill', '#/roadmap/skill/rag'],
  ['portfolio', '#/portfolio'],
  ['readiness', '#/readiness'],
  ['review', '#/review'],
  ['settings', '#/settings'],
  ['review session', '#/roadmap/today'],
];

/** Waits for the app, creates the Month 2 project, and returns every page as [name, address]. */
export async function everyPage(page: Page): Promise<[string, string][]> {
  const shell = new ShellPage(page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await new PortfolioPage(page).startFrom(/^Month 2 milestone/);
  await page.getByRole('heading', { level: 1, name: 'A RAG system you can measure' }).waitFor();
  const projectHash = await page.evaluate(() => window.location.hash);
  return [...fixedPages, ['project', projectHash]];
}

/**
 * Waits until the page has stopped changing (no DOM mutation for `quietMs`): live queries and deferred
 * renders redraw controls after the page first shows, and a redrawn control loses its data-kb-id.
 */
export function settled(page: Page, quietMs = 400, maxMs = 5000) {
  return page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quietMs);
        const give = setTimeout(done, maxMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quietMs);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        function done() {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(give);
          resolve();
        }
      }),
    { quietMs, maxMs },
  );
}

/** Opens a page by its address and waits until it has drawn and stopped changing. */
export async function showPage(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await settled(page);
}
