// axe-core on every page: no serious or critical violation anywhere, in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import { test } from './fixtures/test';
import { everyPage, showPage } from './pages/every-page';

test('every page passes axe-core with no serious or critical violation, in light and dark', async ({
  app,
}) => {
  const pages = await everyPage(app.page);
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme });
    for (const [name, hash] of pages) {
      await showPage(app.page, hash);
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
