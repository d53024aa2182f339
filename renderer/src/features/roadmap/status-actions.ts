// Changing an item's status from anywhere on the roadmap, with Undo and a clear message on failure.
import type { ProgressEntry, ProgressStatus, SkipReason } from '../../../../shared/domain/progress';
import type { ShipReadyDatabase } from '../../db/database';
import { describeDatabaseError } from '../../db/describe-error';
import { setProgressShownAtOnce } from '../../db/pending-progress';
import { appStore } from '../../store/app-store';
import { reportWrite } from '../../ui/report-write';

export const statusLabels: Record<ProgressStatus, string> = {
  pending: 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

export const skipReasonLabels: Record<SkipReason, string> = {
  'already-known': 'I already know this',
  'outside-evidence': 'I have outside evidence (a course, a certificate, work)',
  'not-relevant': 'Not relevant to my target role',
};

/**
 * Stores an item's new status, shown on the page from the click on (a failed write takes it back and says
 * why), then offers Undo, which puts back the row the write replaced.
 */
export async function changeStatus(
  db: ShipReadyDatabase,
  itemId: string,
  title: string,
  status: ProgressStatus,
  skip?: { reason: SkipReason; note?: string },
): Promise<void> {
  const { notify } = appStore.getState();
  let before: ProgressEntry | undefined;
  try {
    const result = await setProgressShownAtOnce(db, itemId, status, skip);
    if (!result.ok) return notify('error', result.error.message);
    before = result.value;
  } catch (error) {
    return notify('error', describeDatabaseError(error));
  }
  notify('info', `“${title}”: ${statusLabels[status].toLowerCase()}.`, {
    label: 'Undo',
    run: () => {
      const reason = before?.skipReason;
      reportWrite(
        setProgressShownAtOnce(
          db,
          itemId,
          before?.status ?? 'pending',
          reason
            ? { reason, ...(before?.skipNote === undefined ? {} : { note: before.skipNote }) }
            : undefined,
        ),
      );
    },
  });
}
