// Table by table, what a restore replaces: the rows now and the rows from the backup, or "kept as it is".
import { tableCount } from '../../../../shared/domain/table-titles';
import type { RestoreChange } from '../../db/restore';

export function RestoreChanges({ changes }: { changes: RestoreChange[] }) {
  const touched = changes.filter((change) => change.now > 0 || (change.fromBackup ?? 0) > 0);
  return (
    <ul className="restore-changes" aria-label="What the restore changes">
      {touched.map((change) => (
        <li key={change.table}>
          {change.fromBackup === null
            ? `${tableCount(change.table, change.now)}: kept as they are (the backup does not hold them).`
            : change.fromBackup === change.now
              ? `${tableCount(change.table, change.now)}: replaced by the backup's ${change.fromBackup}.`
              : `${tableCount(change.table, change.now)} now, ${change.fromBackup} after the restore.`}
        </li>
      ))}
    </ul>
  );
}
