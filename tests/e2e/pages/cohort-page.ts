// Page object for the cohort folder: the Settings card (connect, publish, git) and the review space's list.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ShellPage } from './shell-page';

export class CohortPage {
  readonly shell: ShellPage;
  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  card() {
    return this.page.getByRole('region', { name: 'Cohort folder' });
  }

  /** Waits for a notice with this text; notices pile up, so each step waits for its own. */
  async notice(text: string | RegExp): Promise<string> {
    const notice = this.shell.notices().getByText(text).last();
    await notice.waitFor();
    return (await notice.textContent()) ?? '';
  }

  async connect(folder: string): Promise<void> {
    await this.shell.open('Settings');
    await this.card().getByLabel('Cohort folder path').fill(folder);
    await this.card().getByRole('button', { name: 'Connect a cohort folder' }).click();
    await this.notice(`Connected the cohort folder ${folder}.`);
  }

  async chooseId(kind: 'student' | 'mentor', id: string): Promise<void> {
    const field = this.page.getByLabel(`Your ${kind} id (chosen once, not your display name)`);
    await field.fill(id);
    expect(await field.inputValue()).toBe(id);
    await this.page.getByRole('button', { name: 'Keep this id' }).click();
    await this.page.getByText(`Your ${kind} id: ${id}`).waitFor();
  }

  async git(action: 'Commit' | 'Push' | 'Pull', done: RegExp): Promise<string> {
    await this.card().getByRole('button', { name: action, exact: true }).click();
    return this.notice(done);
  }

  async gitStatus(): Promise<string> {
    return (await this.card().getByRole('status').textContent()) ?? '';
  }

  students() {
    return this.page.getByRole('list', { name: 'Students in the cohort folder' });
  }

  cohortTable() {
    return this.page.getByRole('table', { name: 'Cohort comparison' });
  }

  /** From the review space's folder list to the cohort table, once every student of the folder is read. */
  async compareFolderStudents(students: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Compare the folder’s students' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Cohort' }).waitFor();
    await this.page.getByRole('status').getByText(`${students} students read from the folder.`).waitFor();
  }

  /** What the cohort table shows under a column for the student with this id. */
  async cohortCell(studentId: string, column: string): Promise<string> {
    const headers = await this.cohortTable().locator('thead th').allTextContents();
    const at = headers.findIndex((header) => header.startsWith(column));
    if (at < 0) throw new Error(`The cohort table has no column ${column}.`);
    const row = this.cohortTable()
      .locator('tbody tr')
      .filter({ hasText: `(${studentId})` });
    return (await row.locator('th, td').nth(at).textContent()) ?? '';
  }

  conflicts() {
    return this.page.getByRole('list', { name: 'Conflicts in the cohort folder' });
  }
}
