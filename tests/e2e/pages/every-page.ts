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

/** Opens a page by its address and waits until it has drawn. */
export async function showPage(page: Page, hash: string, settleMs = 150): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForTimeout(settleMs);
}
