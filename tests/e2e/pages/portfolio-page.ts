// Page object for the Portfolio area.
import type { Page } from 'playwright-core';

export class PortfolioPage {
  constructor(readonly page: Page) {}

  async createProject(title: string, summary = ''): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New project' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Summary').fill(summary);
    await form.getByRole('button', { name: 'Create project' }).click();
  }

  /** Starts a project from a milestone or capstone chosen in "Start from". */
  async startFrom(option: RegExp): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New project' });
    const select = form.getByLabel('Start from');
    const labels = await select.locator('option').allTextContents();
    const label = labels.find((text) => option.test(text));
    if (!label) throw new Error(`No start option matches ${option}`);
    await select.selectOption({ label });
    await form.getByRole('button', { name: 'Create project' }).click();
  }

  formError() {
    return this.page.getByRole('form', { name: 'New project' }).getByRole('alert');
  }

  async projectTitles(): Promise<string[]> {
    return this.page.getByRole('list', { name: 'Projects' }).locator('.project-title').allTextContents();
  }
}
