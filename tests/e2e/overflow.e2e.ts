// No page scrolls sideways at 1366, 1024 or 800 px, with long unbroken text in every kind of field a person
// fills (a pasted address in a summary, a run label, a resource title, a note) and code blocks in a lesson.
// With SHIPREADY_SHOTS=<folder> it also saves a screenshot of each page, width and theme, for looking at.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { test } from './fixtures/test';
import { PortfolioPage } from './pages/portfolio-page';
import { ProjectPage } from './pages/project-page';
import { ShellPage } from './pages/shell-page';

const unbroken = (prefix: string, length: number) =>
  `${prefix}${'x'.repeat(Math.max(0, length - prefix.length))}`;
const longUrl = `https://example.com/${'a1b2c3d4e5'.repeat(40)}`;

test('no page scrolls sideways with long unbroken text, at 1366, 1024 and 800 px', async ({ app }) => {
  const page = app.page;
  const shell = new ShellPage(page);
  await shell.waitReady();

  // A project whose title and summary hold unbroken strings, with a run whose label is one long word.
  await shell.open('Portfolio');
  await new PortfolioPage(page).createProject(
    unbroken('Capstone', 200),
    `Read the write-up at ${longUrl} before anything else.`,
  );
  await page.getByRole('heading', { level: 1, name: /^Capstone/ }).waitFor();
  const projectHash = await page.evaluate(() => window.location.hash);
  const project = new ProjectPage(page);
  await project.logRun(unbroken('run-label-', 120), [{ metric: 'Faithfulness', value: '0.8' }]);
  await page.locator('.run-label').first().waitFor();

  // A resource and a note on a lesson with code blocks.
  const lessonHash = '#/roadmap/lesson/m1-async-python-for-llm-calls';
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, lessonHash);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const resources = page.getByRole('form', { name: 'Add a resource' });
  await resources.getByLabel('Resource title').fill(unbroken('resource-', 200));
  await resources.getByLabel('Resource link').fill(longUrl);
  await resources.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('list', { name: 'Your resources' }).getByRole('listitem').first().waitFor();
  await page.getByRole('textbox', { name: 'Notes' }).fill(unbroken('note-', 400));

  const pages: [string, string][] = [
    ['roadmap', '#/roadmap'],
    ['month', '#/roadmap/month/month-1'],
    ['lesson', lessonHash],
    ['skill', '#/roadmap/skill/rag'],
    ['portfolio', '#/portfolio'],
    ['project', projectHash],
    ['readiness', '#/readiness'],
    ['review', '#/review'],
    ['settings', '#/settings'],
  ];
  const shots = process.env.SHIPREADY_SHOTS;
  if (shots) await mkdir(shots, { recursive: true });
  const overflowing: string[] = [];
  for (const width of [1366, 1024, 800]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of shots ? (['light', 'dark'] as const) : (['light'] as const)) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, hash] of pages) {
        await page.evaluate((h) => {
          window.location.hash = h;
        }, hash);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        // Charts and lessons load on demand: wait until the page has stopped adding content.
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          widest: [...document.querySelectorAll<HTMLElement>('#main *')]
            .filter(
              (element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
            )
            .slice(0, 3)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
        }));
        if (widths.scroll > widths.client)
          overflowing.push(
            `${name} at ${width}px: ${widths.scroll} > ${widths.client} (${widths.widest.join(', ')})`,
          );
        if (shots)
          await page.screenshot({ path: join(shots, `${name}-${width}-${scheme}.png`), fullPage: true });
      }
    }
  }
  expect(overflowing).toEqual([]);
}, 240_000);
