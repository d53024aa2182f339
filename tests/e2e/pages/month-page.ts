// Page object for a month's plan: item rows with their status controls, keyboard focus and skip notes.
import type { Locator, Page } from 'playwright-core';

export class MonthPage {
  constructor(readonly page: Page) {}

  rows(): Locator {
    return this.page.locator('li[data-item-id]');
  }

  row(title: string): Locator {
    return this.page.locator(`li[data-item-id][data-item-title="${title.replaceAll('"', '\\"')}"]`);
  }

  /** The titles of the first `count` tasks on the page, in order. */
  async taskTitles(count: number): Promise<string[]> {
    const titles = await this.rows()
      .filter({ hasText: /Task ·/ })
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-title') ?? ''));
    return titles.slice(0, count);
  }

  async itemTitles(): Promise<string[]> {
    return this.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-title') ?? ''));
  }

  /** Clicks one of the four status buttons of an item, as a mouse user does. */
  async setStatus(title: string, label: 'Not started' | 'In progress' | 'Done' | 'Skip…'): Promise<void> {
    await this.row(title)
      .getByRole('group', { name: `Status of ${title}` })
      .getByRole('button', { name: label })
      .click();
  }

  async statusOf(title: string): Promise<string> {
    return (
      (await this.row(title)
        .getByRole('group', { name: `Status of ${title}` })
        .getByRole('button', { pressed: true })
        .textContent()) ?? ''
    );
  }

  async focusItem(title: string): Promise<void> {
    await this.row(title).locator('[data-roadmap-item]').focus();
  }

  /** The title of the item whose row holds keyboard focus, or null. */
  async focusedItem(): Promise<string | null> {
    return this.page.evaluate(
      () => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-title') ?? null,
    );
  }

  /** What has keyboard focus: the tag and text of the active element. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const active = document.activeElement;
      return active ? `${active.tagName.toLowerCase()}: ${active.textContent?.trim() ?? ''}` : 'none';
    });
  }

  skipNote(title: string): Locator {
    return this.row(title).locator('.skip-note');
  }
}
