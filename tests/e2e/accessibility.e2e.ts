// axe-core on every page: no serious or critical violation anywhere, in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import { test } from './fixtures/test';
import { PortfolioPage } from './pages/portfolio-page';
import { ShellPage } from './pages/shell-page';

const pages: [string, string][] = [
  ['roadmap overview', '#/roadmap'],
  ['month', '#/roadmap/month/month-2'],
  ['lesson', '#/roadmap/lesson/m2-hybrid-retrieval'],
  ['skill', '#/roadmap/skill/rag'],
  ['portfolio', '#/portfolio'],
  ['readiness', '#/readiness'],
  ['review', '#/review'],
  ['settings', '#/settings'],
];

test('every page passes axe-core with no serious or critical violation, in light and dark', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await new PortfolioPage(app.page).startFrom(/^Month 2 milestone/);
  await app.page.getByRole('heading', { level: 1, name: 'A RAG system you can measure' }).waitFor();
  const projectHash = await app.page.evaluate(() => window.location.hash);
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme });
    for (const [name, hash] of [...pages, ['project', projectHash] as [string, string]]) {
      await app.page.evaluate((h) => {
        window.location.hash = h;
      }, hash);
      await app.page.getByRole('heading', { level: 1 }).first().waitFor();
      await app.page.waitForTimeout(150);
      const results = await new AxeBuilder({ page: app.page }).analyze();
      for (const violation of results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      )) {
        found.push(
          `${scheme} ${name}: ${violation.id} (${violation.impact}) ${violation.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        );
      }
    }
  }
  expect(found).toEqual([]);
}, 180_000);
