// Fault, in the real browser edition: two windows of the app (two tabs of one browser, one origin) edit
// the same project. The stale window never puts back the old title; it says the project changed in
// another window, shows both versions and lets the person choose. A restore in one window is announced
// in the other.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from '../e2e/fixtures/test';
import { PortfolioPage } from '../e2e/pages/portfolio-page';
import { ShellPage } from '../e2e/pages/shell-page';

function projectRows(page: Page): Promise<{ title: string; summary: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ title: string; summary: string }[]>((resolve, reject) => {
        const open = indexedDB.open('shipready');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('projects').objectStore('projects').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
        };
      }),
  );
}

async function openProject(page: Page, title: string) {
  const shell = new ShellPage(page);
  await shell.open('Portfolio');
  await page.getByRole('list', { name: 'Projects' }).getByRole('button', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

test('a stale window never overwrites the other window’s project, and says so', async ({ app, skip }) => {
  if (!app.appUrl.startsWith('http')) skip('Two tabs of one origin is the browser edition’s case.');
  const a = app.page;
  const shellA = new ShellPage(a);
  await shellA.waitReady();
  await shellA.open('Portfolio');
  await new PortfolioPage(a).createProject('Support-docs RAG', 'first summary');
  await a.getByRole('heading', { level: 1, name: 'Support-docs RAG' }).waitFor();

  const b = await a.context().newPage();
  await b.goto(app.appUrl);
  await new ShellPage(b).waitReady();
  await openProject(b, 'Support-docs RAG');
  const formB = b.getByRole('form', { name: 'Project details' });
  await formB.getByLabel('Summary').fill('summary typed in B');

  await a.bringToFront();
  const formA = a.getByRole('form', { name: 'Project details' });
  await formA.getByLabel('Title').fill('Support-docs RAG v2');
  await formA.getByRole('button', { name: 'Save details' }).click();
  await expect.poll(async () => (await projectRows(a))[0]?.title).toBe('Support-docs RAG v2');

  await b.bringToFront();
  await formB.getByRole('button', { name: 'Save details' }).click();
  const told = b.getByRole('alert', { name: 'Project changed in another window' });
  await told.waitFor();
  expect(await told.textContent()).toContain('first summary');
  expect(await told.textContent()).toContain('summary typed in B');
  expect(await projectRows(b)).toEqual([
    expect.objectContaining({ title: 'Support-docs RAG v2', summary: 'first summary' }),
  ]);

  await told.getByRole('button', { name: 'Save mine over it' }).click();
  await expect
    .poll(() => projectRows(b))
    .toEqual([expect.objectContaining({ title: 'Support-docs RAG v2', summary: 'summary typed in B' })]);
});

test('a restore in one window is announced in the other, which shows the restored data', async ({
  app,
  skip,
}) => {
  if (!app.appUrl.startsWith('http')) skip('Two tabs of one origin is the browser edition’s case.');
  const a = app.page;
  const shellA = new ShellPage(a);
  await shellA.waitReady();
  await shellA.open('Portfolio');
  await new PortfolioPage(a).createProject('Before the backup');
  await a.getByRole('heading', { level: 1, name: 'Before the backup' }).waitFor();
  await shellA.open('Settings');
  await a.getByRole('button', { name: 'Back up now' }).click();
  await a.getByText(/Backup written/).waitFor();
  await shellA.open('Portfolio');
  await new PortfolioPage(a).createProject('After the backup');
  await a.getByRole('heading', { level: 1, name: 'After the backup' }).waitFor();

  const b = await a.context().newPage();
  await b.goto(app.appUrl);
  const shellB = new ShellPage(b);
  await shellB.waitReady();
  await shellB.open('Portfolio');
  await expect.poll(() => new PortfolioPage(b).projectTitles()).toHaveLength(2);

  // Each window is brought to the front before it is used, as a person clicks into it.
  await a.bringToFront();
  await shellA.open('Settings');
  const backups = a.getByRole('list', { name: 'Backups' }).getByRole('listitem');
  await backups.filter({ hasText: 'manual' }).first().getByRole('button', { name: 'Restore' }).click();
  await a
    .getByRole('alertdialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await a.getByText(/Restored \d+ rows/).waitFor();

  await expect
    .poll(() => shellB.notices().textContent())
    .toContain('restored from a backup in another window');
  await expect.poll(() => new PortfolioPage(b).projectTitles()).toEqual(['Before the backup']);
  expect((await projectRows(b)).map((row) => row.title)).toEqual(['Before the backup']);
});
