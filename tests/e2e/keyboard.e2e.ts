// Everything reachable by keyboard with a visible focus: on every page, Tab alone visits every visible
// control, and each one shows a focus indicator when it has focus.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './fixtures/test';
import { everyPage, showPage } from './pages/every-page';
import { PortfolioPage } from './pages/portfolio-page';
import { ShellPage } from './pages/shell-page';

/** Marks every visible, enabled control with data-kb-id and returns how many there are. */
function labelControls(page: Page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    let count = 0;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      const hidden = box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden';
      if (hidden || element.matches(':disabled') || element.closest('[inert], [aria-hidden="true"]'))
        continue;
      // Messages fade on a timer, so their Dismiss buttons come and go while the test tabs; they are not
      // part of the page (the test below checks a message's Dismiss button by keyboard).
      if (element.closest('.notices')) continue;
      element.dataset.kbId = String(count);
      count += 1;
    }
    return count;
  });
}

/** What has focus now: its data-kb-id, and whether something shows that it has focus. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none';
    return {
      id: element.dataset.kbId ?? null,
      name: `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[${element.getAttribute('type')}]` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`,
      visible: outline || ring,
    };
  });
}

test('Tab reaches every control on every page, each with a visible focus', async ({ app }) => {
  const problems: string[] = [];
  for (const [name, hash] of await everyPage(app.page)) {
    await showPage(app.page, hash);
    const total = await labelControls(app.page);
    if (total < 5) problems.push(`${name}: only ${total} controls found; the page did not draw`);
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    for (let step = 0; step < total + 20 && reached.size < total; step += 1) {
      await app.page.keyboard.press('Tab');
      const now = await focused(app.page);
      if (!now) continue;
      if (now.id !== null) reached.add(now.id);
      if (!now.visible) problems.push(`${name}: ${now.name} has no visible focus`);
    }
    if (reached.size < total) {
      const missed = await app.page.evaluate(
        (ids) =>
          [...document.querySelectorAll<HTMLElement>('[data-kb-id]')]
            .filter((element) => !ids.includes(element.dataset.kbId ?? ''))
            .slice(0, 5)
            .map(
              (element) =>
                `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`,
            ),
        [...reached],
      );
      problems.push(`${name}: Tab reached ${reached.size} of ${total} controls; missed ${missed.join(', ')}`);
    }
  }
  expect([...new Set(problems)]).toEqual([]);
}, 240_000);

test('a message’s Dismiss button is reached by Tab while the message shows, with a visible focus', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await new PortfolioPage(app.page).createProject('Keyboard project');
  const dismiss = app.page
    .getByRole('region', { name: 'Messages' })
    .getByRole('button', { name: 'Dismiss message' });
  await dismiss.first().waitFor();
  await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let reached = null as Awaited<ReturnType<typeof focused>>;
  for (let step = 0; step < 200 && !reached?.name.includes('Dismiss message'); step += 1) {
    await app.page.keyboard.press('Tab');
    reached = await focused(app.page);
  }
  expect(reached?.name).toContain('Dismiss message');
  expect(reached?.visible).toBe(true);
  await app.page.keyboard.press('Enter');
  await expect.poll(() => dismiss.count()).toBe(0);
});
