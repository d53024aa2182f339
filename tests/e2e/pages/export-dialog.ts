// Page object for the export dialog, for any format label (parentheses included): choose what goes in, save.
import type { Page } from 'playwright-core';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class ExportDialog {
  constructor(readonly page: Page) {}

  /** Exports from the Portfolio page and returns the saved file's path. */
  async save(
    formatLabel: string,
    options: { owner?: string; include?: Record<string, boolean> } = {},
  ): Promise<string> {
    // An earlier export's notice reads the same: clear the messages so the one awaited is this export's.
    const dismiss = this.page
      .getByRole('region', { name: 'Messages' })
      .getByRole('button', { name: 'Dismiss message' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await this.page.getByRole('button', { name: 'Export…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export your portfolio' });
    if (options.owner !== undefined)
      await dialog.getByLabel('Your name, as a mentor will see it').fill(options.owner);
    for (const [label, on] of Object.entries(options.include ?? {})) {
      const box = dialog.getByRole('checkbox', { name: label });
      if (on) await box.check();
      else await box.uncheck();
    }
    await dialog.getByRole('button', { name: `Save ${formatLabel}`, exact: true }).click();
    const notice = this.page
      .getByRole('region', { name: 'Messages' })
      .getByText(new RegExp(`${escapeRegExp(formatLabel)} saved to`));
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Done' }).click();
    return text.replace(/^.* saved to /, '').replace(/\.$/, '');
  }
}
