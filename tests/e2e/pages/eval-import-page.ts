// Page object for importing eval-tool files on a project: pick files or a folder, read the preview, confirm,
// and count the stored rows straight from IndexedDB.
import type { Page } from 'playwright-core';

export type PickedPayload = { name: string; mimeType: string; buffer: Buffer };

export class EvalImportPage {
  constructor(readonly page: Page) {}

  private async choose(button: string, files: string | string[] | PickedPayload[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: button }).click();
    await (await chooser).setFiles(files);
  }

  importFiles(files: string[] | PickedPayload[]): Promise<void> {
    return this.choose('Import eval files…', files);
  }

  importFolder(path: string): Promise<void> {
    return this.choose('Import an mlruns folder…', path);
  }

  dialog() {
    return this.page.getByRole('dialog', { name: 'Import eval results' });
  }

  filePreview(fileName: string) {
    return this.dialog().getByRole('region', { name: `Preview of ${fileName}` });
  }

  async confirm(runs: number): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: `Import ${runs} run${runs === 1 ? '' : 's'}` })
      .click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  /** Rows in the stores an import writes, read from the browser's own database. */
  rowCounts(): Promise<{ evalRuns: number; metrics: number }> {
    return this.page.evaluate(
      () =>
        new Promise<{ evalRuns: number; metrics: number }>((resolve, reject) => {
          const open = indexedDB.open('shipready');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['evalRuns', 'metrics'], 'readonly');
            const runs = tx.objectStore('evalRuns').count();
            const metrics = tx.objectStore('metrics').count();
            tx.oncomplete = () => {
              resolve({ evalRuns: runs.result, metrics: metrics.result });
              db.close();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  }
}
