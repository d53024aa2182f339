// Opens what the operating system handed the app: a double-clicked bundle goes to the review space,
// a double-clicked review file is imported. Asked once the first screen is up, and again on each push.
import type { FileOpenedByOs } from '../../../shared/ipc/contract';
import type { ShipReadyDatabase } from '../db/database';
import { importReviewFile } from '../features/review/import-review';
import { openBundleInReviewSpace } from '../features/review/open-bundle';
import { desktopApi } from '../platform/desktop-api';
import { appStore } from '../store/app-store';

async function openOne(db: ShipReadyDatabase, file: FileOpenedByOs) {
  const { notify, goTo } = appStore.getState();
  if ('problem' in file) return notify('error', `${file.name} was not opened: ${file.problem}.`);
  if (file.kind === 'bundle') {
    const opened = await openBundleInReviewSpace(file);
    if (!opened.ok) return notify('error', opened.error.message);
    notify('info', `${file.name} opened read-only in the review space.`);
    return goTo('review', 'bundle', opened.value);
  }
  const imported = await importReviewFile(db, file);
  notify(imported.ok ? 'info' : 'error', imported.ok ? imported.value : imported.error.message);
  if (imported.ok) goTo('review');
}

export async function openFilesFromOs(db: ShipReadyDatabase) {
  const taken = await desktopApi().takeOpenedFiles();
  if (!taken.ok) return appStore.getState().notify('error', taken.error.message);
  for (const file of taken.value) await openOne(db, file);
}

/** Opens what is waiting now, then whatever arrives while the app runs; for the app's lifetime. */
export function listenForOsFileOpens(db: ShipReadyDatabase): void {
  void openFilesFromOs(db);
  desktopApi().onFilesOpened(() => void openFilesFromOs(db));
}
