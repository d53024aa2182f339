// Page object for the app shell: readiness, navigation, notices.
import type { Page } from 'playwright-core';

export type AreaName = 'Roadmap' | 'Portfolio' | 'Readiness' | 'Review' | 'Settings';

export class ShellPage {
  constructor(readonly page: Page) {}

  /** Waits for the explicit marker the app sets when its database is open and its first screen drawn. */
  async waitReady(): Promise<void> {
    await this.page.waitForSelector('html[data-app-ready="true"]', { state: 'attached', timeout: 20_000 });
  }

  async open(area: AreaName): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: new RegExp(`^${area}`) })
      .click();
    await this.page.getByRole('heading', { level: 1, name: area }).waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitReady();
  }

  notices() {
    return this.page.getByRole('region', { name: 'Messages' });
  }
}
