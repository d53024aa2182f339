// Why an item was skipped, and the note given, shown wherever its status is shown.
import type { ProgressEntry } from '../../../../shared/domain/progress';
import { skipReasonLabels } from './status-actions';

export function SkipNote({ entry }: { entry: ProgressEntry | undefined }) {
  if (entry?.status !== 'skipped' || !entry.skipReason) return null;
  return (
    <span className="small skip-note">
      Skipped: {skipReasonLabels[entry.skipReason]}
      {entry.skipNote ? ` (${entry.skipNote})` : ''}
    </span>
  );
}
