// Page object for the Roadmap area: overview, month, lesson, search and pace.
import type { Page } from 'playwright-core';

export class RoadmapPage {
  constructor(readonly page: Page) {}

  async overallText(): Promise<string> {
    return (
      (await this.page
        .getByRole('progressbar', { name: 'Overall progress' })
        .getAttribute('aria-valuetext')) ?? ''
    );
  }

  async openMonth(number: number): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^Month ${number} ·`) }).click();
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  async openLesson(title: string): Promise<void> {
    await this.page.getByRole('button', { name: title, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  async lessonStatus(): Promise<string> {
    return (
      (await this.page
        .getByRole('group', { name: /^Status of/ })
        .getByRole('button', { pressed: true })
        .textContent()) ?? ''
    );
  }

  /** Presses a shortcut with focus on the page body, not in a field. */
  async press(key: string): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 790 } });
    await this.page.keyboard.press(key);
  }

  async skipWithReason(reasonLabel: RegExp): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(reasonLabel).check();
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  notes() {
    return this.page.getByRole('textbox', { name: 'Notes' });
  }

  async search(query: string): Promise<string[]> {
    const box = this.page.getByRole('combobox', { name: 'Search lessons, skills and notes' });
    await box.fill(query);
    await this.page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    return this.page.getByRole('listbox', { name: 'Search results' }).getByRole('option').allTextContents();
  }

  async setHoursPerWeek(hours: number): Promise<void> {
    await this.page.getByLabel('Hours per week').fill(String(hours));
  }

  async projectedFinish(): Promise<string> {
    return (await this.page.getByTestId('pace-finish').textContent()) ?? '';
  }
}
