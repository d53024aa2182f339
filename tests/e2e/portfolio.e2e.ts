import { expect } from 'vitest';
import { test } from './fixtures/test';
import { PortfolioPage } from './pages/portfolio-page';
import { ShellPage } from './pages/shell-page';

test('a project created through the UI is still there after a reload', async ({ app }) => {
  const shell = new ShellPage(app.page);
  const portfolio = new PortfolioPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await portfolio.createProject('Support-docs RAG', 'Hybrid retrieval over 60 docs, recall@5 0.82');
  // Creating a project opens it.
  await app.page.getByRole('heading', { level: 1, name: 'Support-docs RAG' }).waitFor();
  await shell.open('Portfolio');
  await expect.poll(() => portfolio.projectTitles()).toEqual(['Support-docs RAG']);

  await shell.reload();
  await shell.open('Portfolio');
  await expect.poll(() => portfolio.projectTitles()).toEqual(['Support-docs RAG']);
});

test('a project without a title is refused with a message and nothing is saved', async ({ app }) => {
  const shell = new ShellPage(app.page);
  const portfolio = new PortfolioPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await portfolio.createProject('   ', 'summary kept');
  expect(await portfolio.formError().textContent()).toMatch(/title/i);
  expect(await app.page.getByRole('form', { name: 'New project' }).getByLabel('Summary').inputValue()).toBe(
    'summary kept',
  );
  await shell.reload();
  await shell.open('Portfolio');
  expect(await portfolio.projectTitles()).toEqual([]);
});

test('a backup written from Settings is listed from the data folder', async ({ app }) => {
  const shell = new ShellPage(app.page);
  await shell.waitReady();
  await shell.open('Settings');
  await app.page.getByRole('button', { name: 'Back up now' }).click();
  await expect
    .poll(() => app.page.getByRole('list', { name: 'Backups' }).getByRole('listitem').count())
    .toBe(1);
});

test('restoring a backup brings back exactly what it held, after backing up the current state', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  const portfolio = new PortfolioPage(app.page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await portfolio.createProject('Kept project');
  await app.page.getByRole('heading', { level: 1, name: 'Kept project' }).waitFor();
  await shell.open('Settings');
  await app.page.getByRole('button', { name: 'Back up now' }).click();
  await app.page.getByText(/Backup written/).waitFor();

  await shell.open('Portfolio');
  await portfolio.createProject('Project made after the backup');
  await app.page.getByRole('heading', { level: 1, name: 'Project made after the backup' }).waitFor();
  await shell.open('Settings');
  const backups = app.page.getByRole('list', { name: 'Backups' }).getByRole('listitem');
  await backups.filter({ hasText: 'manual' }).first().getByRole('button', { name: 'Restore' }).click();
  const question = app.page.getByRole('alertdialog', { name: 'Restore this backup?' });
  // The question says table by table what changes, before anything does.
  expect(await question.getByRole('list', { name: 'What the restore changes' }).textContent()).toContain(
    '2 projects now, 1 after the restore.',
  );
  await question.getByRole('button', { name: 'Restore' }).click();
  await app.page.getByText(/Restored \d+ rows/).waitFor();
  await expect.poll(() => backups.filter({ hasText: 'before-restore' }).count()).toBe(1);

  await shell.reload();
  await shell.open('Portfolio');
  await expect.poll(() => portfolio.projectTitles()).toEqual(['Kept project']);
});
