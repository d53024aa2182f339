// Fault, in the real browser edition: a note is typed and the tab closes at once, before any pause in
// typing. Opening the app again in the same browser shows the text, and the notes table holds it.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from '../e2e/fixtures/test';
import { RoadmapPage } from '../e2e/pages/roadmap-page';
import { ShellPage } from '../e2e/pages/shell-page';

const lesson = 'Async Python for I/O-bound LLM work';

function noteRows(page: Page): Promise<{ itemId: string; text: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ itemId: string; text: string }[]>((resolve, reject) => {
        const open = indexedDB.open('shipready');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
        };
      }),
  );
}

test('a note typed right before the tab closes is there when the app opens again', async ({ app, skip }) => {
  if (!app.appUrl.startsWith('http'))
    skip('Closing a tab is the browser edition’s fault; Electron has one window.');
  const shell = new ShellPage(app.page);
  const roadmap = new RoadmapPage(app.page);
  await shell.waitReady();
  expect(await noteRows(app.page)).toEqual([]);
  await roadmap.openMonth(1);
  await roadmap.openLesson(lesson);
  await roadmap.notes().click();
  await app.page.keyboard.type('gather with a semaphore of 20', { delay: 5 });
  const context = app.page.context();
  await app.page.close({ runBeforeUnload: true });

  const page = await context.newPage();
  await page.goto(app.appUrl);
  const again = new ShellPage(page);
  await again.waitReady();
  const reopened = new RoadmapPage(page);
  await reopened.openMonth(1);
  await reopened.openLesson(lesson);
  await expect.poll(() => reopened.notes().inputValue()).toBe('gather with a semaphore of 20');
  await expect
    .poll(() => noteRows(page))
    .toEqual([expect.objectContaining({ text: 'gather with a semaphore of 20' })]);
});
