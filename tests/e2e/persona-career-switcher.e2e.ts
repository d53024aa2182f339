// The career switcher's flow in one page, never reloading: month 1 by mouse and keyboard, a skip with its
// reason shown, focus that follows the person, and search that finds the skip note with a typo.
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import { test } from './fixtures/test';
import { MonthPage } from './pages/month-page';
import { RoadmapPage } from './pages/roadmap-page';
import { ShellPage } from './pages/shell-page';

test('a career switcher marks tasks with the mouse, moves with ↑ ↓, skips with a reason and finds it again', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  const roadmap = new RoadmapPage(app.page);
  const month = new MonthPage(app.page);
  await shell.waitReady();

  // First launch: one short welcome, and nothing to "continue" yet.
  const welcome = app.page.getByRole('region', { name: 'Welcome to ShipReady' });
  await welcome.waitFor();
  for (const area of ['Roadmap', 'Portfolio', 'Readiness', 'Review'])
    expect(
      await welcome
        .getByRole('listitem')
        .filter({ hasText: `${area}:` })
        .count(),
    ).toBe(1);
  expect(await app.page.getByRole('heading', { name: 'Continue where you left off' }).count()).toBe(0);
  await welcome.getByRole('button', { name: 'Import my portfolio…' }).waitFor();
  // The welcome passes axe-core in both themes (the page-by-page spec sees the app only after a project exists).
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page: app.page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${scheme}: ${v.id}`)).toEqual([]);
  }
  await app.page.emulateMedia({ colorScheme: 'light' });
  // SHIPREADY_SHOTS=<folder> saves the first-launch screen at each width and theme, for looking at.
  const shots = process.env.SHIPREADY_SHOTS;
  if (shots) {
    for (const width of [1366, 1024, 800])
      for (const scheme of ['light', 'dark'] as const) {
        await app.page.setViewportSize({ width, height: 900 });
        await app.page.emulateMedia({ colorScheme: scheme });
        await app.page.screenshot({ path: `${shots}/welcome-${width}-${scheme}.png`, fullPage: true });
      }
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await app.page.emulateMedia({ colorScheme: 'light' });
  }
  // The pace card says what the plan assumes before it says how far along the person is.
  const pace = (await app.page.getByRole('definition').allTextContents()).join(' | ');
  expect(pace).toMatch(/hours of study a week from .*\| .*(on track|ahead|behind|On track|Ahead|Behind)/);
  await welcome.getByRole('button', { name: 'Start month 1' }).click();
  await app.page.getByRole('heading', { level: 1, name: /^Week 0/ }).waitFor();
  await shell.open('Roadmap');
  await app.page.getByRole('heading', { name: 'Continue where you left off' }).waitFor();
  expect(await welcome.count()).toBe(0);

  await roadmap.openMonth(1);
  // A page change puts focus on the new page's heading.
  await expect.poll(() => month.focused()).toMatch(/^h1: /);

  // Tasks have the same visible status control as lessons.
  const [task] = await month.taskTitles(1);
  if (!task) throw new Error('Month 1 has no task');
  await month.setStatus(task, 'Done');
  await expect.poll(() => month.statusOf(task)).toBe('Done');
  await month.setStatus(task, 'In progress');
  await expect.poll(() => month.statusOf(task)).toBe('In progress');

  // ↓ and ↑ move between items, as the hint says.
  const titles = await month.itemTitles();
  const [first, second, third] = titles;
  if (!first || !second || !third) throw new Error('Month 1 has fewer than three items');
  await month.focusItem(first);
  await app.page.keyboard.press('ArrowDown');
  expect(await month.focusedItem()).toBe(second);
  await app.page.keyboard.press('ArrowDown');
  expect(await month.focusedItem()).toBe(third);
  await app.page.keyboard.press('ArrowUp');
  expect(await month.focusedItem()).toBe(second);

  // S asks for a reason; after the dialog closes focus is back on the item and ↓ goes on from there.
  await app.page.keyboard.press('s');
  const dialog = app.page.getByRole('dialog');
  await dialog.getByLabel(/outside evidence/).check();
  await dialog.getByLabel(/^Note/).fill('Coursera asyncio certificate, 2025');
  await dialog.getByRole('button', { name: 'Skip', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => month.focusedItem()).toBe(second);
  await expect.poll(() => month.statusOf(second)).toBe('Skip…');
  expect(await month.skipNote(second).textContent()).toBe(
    'Skipped: I have outside evidence (a course, a certificate, work) (Coursera asyncio certificate, 2025)',
  );
  await app.page.keyboard.press('ArrowDown');
  expect(await month.focusedItem()).toBe(third);

  // Cancel also gives focus back.
  await app.page.keyboard.press('s');
  await app.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => month.focusedItem()).toBe(third);

  // "/" opens the search on the month page too; it finds the skip note despite a typo, and the task text.
  await app.page.keyboard.press('/');
  await app.page.keyboard.type('courserra');
  const results = app.page.getByRole('listbox', { name: 'Search results' });
  await results.getByRole('option').first().waitFor();
  expect(await results.getByRole('option').allTextContents()).toEqual([`Your skip note ${second}`]);
  await app.page.keyboard.press('Escape');

  // On a lesson page too, focus comes back to the status control after the skip dialog.
  await roadmap.openLesson(third);
  await app.page
    .getByRole('group', { name: `Status of ${third}` })
    .getByRole('button', { name: 'Skip…' })
    .click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => month.focused()).toBe('button: Skip…');
  await shell.open('Roadmap');
  await roadmap.openMonth(1);

  // A resource typed without https:// gets it; it can be edited, deleted and brought back with Undo.
  await roadmap.openLesson(first);
  const addForm = app.page.getByRole('form', { name: 'Add a resource' });
  await addForm.getByLabel('Resource title').fill('Pinecone hybrid search guide');
  await addForm.getByLabel('Resource link').fill('http://pinecone.io/learn/hybrid');
  await addForm.getByRole('button', { name: 'Add' }).click();
  expect(await addForm.getByRole('alert').textContent()).toBe(
    'The resource link starts with http://; only https:// addresses can be saved, so use the https one.',
  );
  await addForm.getByLabel('Resource link').fill('www.pinecone.io/learn/hybrid-search-intro');
  await addForm.getByRole('button', { name: 'Add' }).click();
  const saved = app.page.getByRole('list', { name: 'Your resources' }).getByRole('link');
  await saved.first().waitFor();
  expect(await saved.first().getAttribute('href')).toBe('https://www.pinecone.io/learn/hybrid-search-intro');
  await app.page.getByRole('button', { name: 'Edit “Pinecone hybrid search guide”' }).click();
  const editForm = app.page.getByRole('form', { name: 'Edit “Pinecone hybrid search guide”' });
  await editForm.getByLabel('Resource title').fill('Hybrid search, the Pinecone guide');
  await editForm.getByRole('button', { name: 'Save' }).click();
  await app.page.getByRole('link', { name: 'Hybrid search, the Pinecone guide' }).waitFor();
  await app.page.getByRole('button', { name: 'Delete “Hybrid search, the Pinecone guide”' }).click();
  await expect.poll(() => saved.count()).toBe(0);
  await shell.notices().getByRole('button', { name: 'Undo' }).click();
  await app.page.getByRole('link', { name: 'Hybrid search, the Pinecone guide' }).waitFor();
  const found = await roadmap.search('pinecon guide');
  expect(found).toContain(`Your resource Hybrid search, the Pinecone guide (on ${first})`);
  await app.page.keyboard.press('Escape');

  // Leaving through the sidebar focuses the next page's heading, not <body>.
  await shell.open('Portfolio');
  await expect.poll(() => month.focused()).toMatch(/^h1: Portfolio/);
}, 60_000);
