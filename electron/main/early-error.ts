// Shows an error that stops the app before it could start. On Linux an error box before `ready` only reaches
// stderr, so this waits for `ready`, with a throwaway profile folder so Chromium can start even when the
// data folder itself is the problem, then exits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App, Dialog } from 'electron';

export function showErrorAndExit(
  app: Pick<App, 'setPath' | 'whenReady' | 'exit'>,
  dialog: Pick<Dialog, 'showErrorBox'>,
  title: string,
  message: string,
): void {
  console.error(message);
  const scratch = mkdtempSync(join(tmpdir(), 'shipready-start-error-'));
  app.setPath('userData', scratch);
  void app
    .whenReady()
    .then(() => dialog.showErrorBox(title, message))
    .finally(() => {
      rmSync(scratch, { recursive: true, force: true });
      app.exit(1);
    });
}
