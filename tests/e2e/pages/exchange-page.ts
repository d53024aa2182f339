// Page object for exporting and importing from the Portfolio page.
import type { Page } from 'playwright-core';

export class ExchangePage {
  constructor(readonly page: Page) {}

  async exportAs(
    formatLabel: string,
    options: { owner?: string; include?: Record<string, boolean> } = {},
  ): Promise<string> {
    await this.page.getByRole('button', { name: 'Export…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export your portfolio' });
    if (options.owner !== undefined)
      await dialog.getByLabel('Your name, as a mentor will see it').fill(options.owner);
    for (const [label, on] of Object.entries(options.include ?? {})) {
      const box = dialog.getByRole('checkbox', { name: label });
      if (on) await box.check();
      else await box.uncheck();
    }
    await dialog.getByRole('button', { name: `Save ${formatLabel}` }).click();
    const notice = this.page
      .getByRole('region', { name: 'Messages' })
      .getByText(new RegExp(`${formatLabel} saved to`));
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Done' }).click();
    return text.replace(/^.* saved to /, '').replace(/\.$/, '');
  }
}
