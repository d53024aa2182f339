// Page object for one project: runs, summary, comparison, import, delete.
import type { Page } from 'playwright-core';

export interface MetricEntry {
  metric: string;
  value: string;
  k?: string;
}

export class ProjectPage {
  constructor(readonly page: Page) {}

  async logRun(
    label: string,
    metrics: MetricEntry[],
    options: { baseline?: string; model?: string } = {},
  ): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Log a run' });
    await form.getByLabel('Label', { exact: true }).fill(label);
    if (options.baseline) {
      // Options read "label (date)".
      const select = form.getByLabel('Baseline');
      const labels = await select.locator('option').allTextContents();
      const label = labels.find((text) => text.startsWith(`${options.baseline} (`));
      if (!label) throw new Error(`No baseline run named ${options.baseline}`);
      await select.selectOption({ label });
    }
    if (options.model) await form.getByLabel('Model').fill(options.model);
    for (const [index, entry] of metrics.entries()) {
      if (index > 0 && (await form.getByLabel(`Metric ${index + 1}`, { exact: true }).count()) === 0) {
        await form.getByRole('button', { name: 'Add metric' }).click();
      }
      await form.getByLabel(`Metric ${index + 1}`, { exact: true }).selectOption({ label: entry.metric });
      if (entry.k) await form.getByLabel('k', { exact: true }).nth(0).fill(entry.k);
      await form.getByLabel(`Metric ${index + 1} value`).fill(entry.value);
    }
    await form.getByRole('button', { name: 'Log run' }).click();
  }

  problems() {
    return this.page.getByRole('form', { name: 'Log a run' }).getByRole('alert');
  }

  runLabels(): Promise<string[]> {
    return this.page.getByRole('list', { name: 'Runs' }).locator('.run-label').allTextContents();
  }

  async summaryRow(metricLabel: string): Promise<string> {
    const table = this.page.getByRole('table', { name: 'Metric summary' });
    return (await table.getByRole('row').filter({ hasText: metricLabel }).first().textContent()) ?? '';
  }

  chart() {
    return this.page.locator('figure.chart').first();
  }

  async compare(labels: string[], differencesOnly: boolean): Promise<string[]> {
    for (const label of labels) await this.page.getByRole('checkbox', { name: `Compare ${label}` }).check();
    await this.page.getByRole('table', { name: 'Run comparison' }).waitFor();
    const switcher = this.page.getByRole('checkbox', { name: 'Differences only' });
    if (differencesOnly) await switcher.check();
    else await switcher.uncheck();
    return this.page.getByRole('table', { name: 'Run comparison' }).locator('tbody th').allTextContents();
  }

  importButton() {
    return this.page.getByRole('button', { name: 'Import runs…' });
  }

  importDialog() {
    return this.page.getByRole('dialog', { name: /^Import runs from/ });
  }
}
