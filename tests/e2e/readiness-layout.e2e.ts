// The readiness page as a newcomer finds it: the first next action is month 1, week 1, and in "Skills, point by
// point" no text sits over a skill's name at 800, 1024 or 1366 px, light or dark. With SHIPREADY_SHOTS=<folder> it
// saves the skills card at each width and theme, for looking at.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { saveShots } from './fixtures/save-shots';
import { test } from './fixtures/test';
import { ShellPage } from './pages/shell-page';

test('a newcomer is sent to month 1, week 1, and the skill rows never overlap at 800, 1024 and 1366 px', async ({
  app,
}) => {
  const page = app.page;
  const shell = new ShellPage(page);
  await shell.waitReady();
  await shell.open('Readiness');
  const first = page.getByRole('list', { name: 'Next actions' }).getByRole('link').first();
  expect(await first.textContent()).toMatch(/^Start month 1, week 1: /);

  const shots = process.env.SHIPREADY_SHOTS;
  if (shots) await mkdir(shots, { recursive: true });
  const card = page.locator('section.card', {
    has: page.getByRole('heading', { name: 'Skills, point by point' }),
  });
  const overlaps: string[] = [];
  for (const width of [800, 1024, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const found = await card.evaluate((section) => {
        const boxesMeet = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        const problems: string[] = [];
        for (const row of section.querySelectorAll('.skill-toggle')) {
          const titleElement = row.querySelector('.skill-title');
          const title = titleElement?.getBoundingClientRect();
          if (!titleElement || !title) continue;
          // Every other leaf of the row: the layer, the meter, the score, the tiers, the badges.
          const leaves = [...row.querySelectorAll('*')].filter(
            (element) => element !== titleElement && element.children.length === 0,
          );
          for (const other of leaves) {
            if (boxesMeet(title, other.getBoundingClientRect()))
              problems.push(`${row.querySelector('.skill-title')?.textContent} / ${other.textContent}`);
          }
        }
        return problems;
      });
      overlaps.push(...found.map((text) => `${width} ${scheme}: ${text}`));
      if (shots) await card.screenshot({ path: join(shots, `skills-${width}-${scheme}.png`) });
    }
  }
  expect(overlaps).toEqual([]);

  // The mock interview keeps each answer with its grade.
  await page.setViewportSize({ width: 1366, height: 900 });
  const interview = page.locator('section.card', {
    has: page.getByRole('heading', { name: 'Mock interview' }),
  });
  await interview
    .getByLabel('Your answer')
    .fill('Gather the calls with a semaphore of 20 and retry with backoff.');
  await interview.getByRole('checkbox').first().check();
  await interview.getByRole('button', { name: 'Save my grade' }).click();
  const history = interview.getByText('Your earlier answers to this question (1 answer)');
  await history.click();
  const earlier = interview.getByRole('list', { name: 'Earlier answers to this question' });
  expect(await earlier.textContent()).toMatch(/1 of \d+ points · graded by you/);
  await saveShots(page, 'mock-interview', () => interview);
}, 60_000);
