// Publishes to the cohort folder again a few seconds after the portfolio changes, when the person opted in.
import type { ShipReadyDatabase } from '../../db/database';
import { ownerName, watchPortfolioChanges } from '../../db/live-cohort';
import { desktopApi } from '../../platform/desktop-api';
import { appStore } from '../../store/app-store';
import { publishToCohort } from './publish';

/** Several edits in a row publish once, after the person pauses. */
const quietMs = 5_000;

/** Returns `stop`, and `ready` once changes are being watched. */
export function startAutoPublish(
  db: ShipReadyDatabase,
  waitMs = quietMs,
): { stop: () => void; ready: Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const publishNow = async () => {
    const connection = await desktopApi().cohortConnection();
    if (!connection.ok || !connection.value?.autoPublish || !connection.value.studentId) return;
    const published = await publishToCohort(db, await ownerName(db), connection.value.privacy);
    // Only a failure is worth a notice: a publish after every edit would drown the rest.
    if (!published.ok)
      appStore
        .getState()
        .notify('error', `Publishing to the cohort folder failed: ${published.error.message}`);
  };
  const watch = watchPortfolioChanges(db, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      publishNow().catch((error: unknown) =>
        appStore
          .getState()
          .notify('error', `Publishing to the cohort folder failed: ${(error as Error).message}`),
      );
    }, waitMs);
  });
  return {
    ready: watch.ready,
    stop: () => {
      clearTimeout(timer);
      watch.stop();
    },
  };
}
