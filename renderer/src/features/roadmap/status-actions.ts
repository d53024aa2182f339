// Changing an item's status from anywhere on the roadmap, with Undo and a clear message on failure.
import type { ProgressStatus, SkipReason } from '../../../../shared/domain/progress';
import type { ShipReadyDatabase } from '../../db/database';
import { describeDatabaseError } from '../../db/describe-error';
import { getProgress, setProgress } from '../../db/repositories/progress';
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

export async function changeStatus(
  db: ShipReadyDatabase,
  itemId: string,
  title: string,
  status: ProgressStatus,
  skip?: { reason: SkipReason; note?: string },
): Promise<void> {
  const { notify } = appStore.getState();
  const before = await getProgress(db, itemId);
  try {
    const result = await setProgress(db, itemId, status, skip);
    if (!result.ok) return notify('error', result.error.message);
  } catch (error) {
    return notify('error', describeDatabaseError(error));
  }
  notify('info', `“${title}”: ${statusLabels[status].toLowerCase()}.`, {
    label: 'Undo',
    run: () => {
      const reason = before?.skipReason;
      reportWrite(
        setProgress(
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
