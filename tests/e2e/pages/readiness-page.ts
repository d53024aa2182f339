// Page object for Readiness and the LLM settings it depends on.
import type { Page } from 'playwright-core';

export class ReadinessPage {
  constructor(readonly page: Page) {}

  async configureLlm(settings: { apiKey?: string; baseUrl: string; model: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'LLM feedback settings' });
    if (settings.apiKey) await form.getByLabel(/Anthropic API key/).fill(settings.apiKey);
    await form.getByLabel('Base URL').fill(settings.baseUrl);
    await form.getByLabel('Model').fill(settings.model);
    await form.getByRole('button', { name: 'Save LLM settings' }).click();
  }

  overall(): Promise<string> {
    return this.page.locator('.inline-number').innerText();
  }

  async requestReview(): Promise<{ instructions: string; data: string }> {
    await this.page.getByRole('button', { name: 'Review my readiness' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'This is exactly what will be sent' });
    await dialog.waitFor();
    return {
      instructions: (await dialog.getByLabel('Instructions to be sent').textContent()) ?? '',
      data: (await dialog.getByLabel('Data to be sent').textContent()) ?? '',
    };
  }

  send(): Promise<void> {
    return this.page
      .getByRole('dialog', { name: 'This is exactly what will be sent' })
      .getByRole('button', { name: 'Send' })
      .click();
  }

  review() {
    return this.page.getByLabel('Review', { exact: true });
  }

  reviewAlert() {
    return this.page.getByRole('region', { name: 'A mentor’s voice (optional)' }).getByRole('alert');
  }
}
