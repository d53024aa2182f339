// A project's links: an invalid address is named in a sentence with its on-screen label and nothing is saved, the
// label shows its length counter before saving; and the project list sorts by readiness contribution.
import { expect } from 'vitest';
import { axeProblems } from './fixtures/axe-problems';
import { saveShots } from './fixtures/save-shots';
import { test } from './fixtures/test';
import { PortfolioPage } from './pages/portfolio-page';
import { ShellPage } from './pages/shell-page';

test('an invalid link is named before saving, the label counts its characters, and the list sorts by readiness contribution', async ({
  app,
}) => {
  const { page } = app;
  const shell = new ShellPage(page);
  const portfolio = new PortfolioPage(page);
  await shell.waitReady();
  await shell.open('Portfolio');
  await portfolio.createProject('Plain notes', 'Nothing linked.');
  await page.getByRole('heading', { level: 1, name: 'Plain notes' }).waitFor();
  await shell.open('Portfolio');
  await portfolio.createProject('DocChat', 'Answers support questions from the docs.');
  await page.getByRole('heading', { level: 1, name: 'DocChat' }).waitFor();

  const details = page.getByRole('form', { name: 'Project details' });
  await details.getByRole('checkbox', { name: 'RAG architecture', exact: true }).check();
  await details.getByRole('button', { name: 'Add link' }).click();
  const label = details.getByLabel('Link 1 label');
  expect(await label.inputValue()).toBe('Repository');
  await details.getByText('10 of 120 characters').waitFor();
  await label.fill('x'.repeat(125));
  await details.getByText('125 of 120 characters').waitFor();
  await label.fill('Repository');
  await details.getByLabel('Link 1 address').fill('http://github.com/someone/docchat');
  const sentence =
    'Link 1 address starts with http://; only https:// addresses can be saved, so use the https one.';
  await details.getByRole('note').getByText(sentence).waitFor();
  await details.getByRole('button', { name: 'Save details' }).click();
  await details.getByRole('alert').getByText(`Nothing was saved. ${sentence}`).waitFor();
  await saveShots(page, 'project-links', () => details.locator('#project-links'));
  expect(await axeProblems(page, 'project form with a link problem')).toEqual([]);

  await details.getByLabel('Link 1 address').fill('github.com/someone/docchat');
  await details.getByRole('button', { name: 'Save details' }).click();
  await shell.notices().getByText('Project saved.').waitFor();

  // DocChat has a repository on a RAG project: it earns shown points, so it sorts first by readiness contribution.
  await shell.open('Portfolio');
  await page
    .getByRole('combobox', { name: 'Sort projects' })
    .selectOption('Readiness contribution (most first)');
  const list = page.getByRole('list', { name: 'Projects' });
  await expect
    .poll(async () => (await list.getByRole('listitem').first().textContent()) ?? '')
    .toMatch(/^DocChat/);
  await saveShots(page, 'project-list-sorted', () =>
    page.locator('section.card', { has: page.getByRole('list', { name: 'Projects' }) }),
  );
  // The figures are computed once the sort is chosen: wait for them rather than read the first draw.
  await expect
    .poll(async () => (await list.getByRole('listitem').first().textContent()) ?? '')
    .toMatch(/[1-9]\d* readiness points? ·/);
  const rows = await list.getByRole('listitem').allTextContents();
  expect(rows[0]).toMatch(/[1-9]\d* readiness points? ·/);
  expect(rows[1]).toMatch(/^Plain notes.*0 readiness points/);
}, 60_000);
