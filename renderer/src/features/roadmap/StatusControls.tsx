// The four statuses of one item as a segmented control; Skip asks for a reason first.
import { useState } from 'react';
import type { ProgressStatus } from '../../../../shared/domain/progress';
import { useDatabase } from '../../db/database-context';
import { reportWrite } from '../../ui/report-write';
import { SkipDialog } from './SkipDialog';
import { changeStatus, statusLabels } from './status-actions';

const order: ProgressStatus[] = ['pending', 'in-progress', 'done', 'skipped'];
const keys: Record<ProgressStatus, string> = { pending: 'R', 'in-progress': 'L', done: 'D', skipped: 'S' };

interface Props {
  itemId: string;
  title: string;
  status: ProgressStatus;
  /** A row in a list: smaller buttons, on the row's right. */
  compact?: boolean;
  /** Controlled from outside when a keyboard shortcut asks to skip. */
  skipping?: boolean;
  onSkippingChange?: (skipping: boolean) => void;
}

export function StatusControls({
  itemId,
  title,
  status,
  compact = false,
  skipping,
  onSkippingChange,
}: Props) {
  const db = useDatabase();
  const [ownSkipping, setOwnSkipping] = useState(false);
  const open = skipping ?? ownSkipping;
  const setOpen = onSkippingChange ?? setOwnSkipping;
  return (
    <>
      <fieldset className={compact ? 'segmented compact' : 'segmented'}>
        <legend className="visually-hidden">Status of {title}</legend>
        <div className="segmented-buttons">
          {order.map((value) => (
            <button
              key={value}
              type="button"
              className={value === status ? 'segment active' : 'segment'}
              aria-pressed={value === status}
              title={`${statusLabels[value]} (${keys[value]})`}
              onClick={() =>
                value === 'skipped' ? setOpen(true) : reportWrite(changeStatus(db, itemId, title, value))
              }
            >
              {value === 'skipped' ? 'Skip…' : statusLabels[value]}
            </button>
          ))}
        </div>
      </fieldset>
      {open && (
        <SkipDialog
          title={title}
          onCancel={() => setOpen(false)}
          onConfirm={(skip) => {
            setOpen(false);
            reportWrite(changeStatus(db, itemId, title, 'skipped', skip));
          }}
        />
      )}
    </>
  );
}
