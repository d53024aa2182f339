// One lesson or task in a month's plan: its status control, and D, L, S, R from the keyboard when focused.
// Memoised: a status change redraws its own row, not the month's every row.
import { memo, useState } from 'react';
import type { ProgressEntry, ProgressStatus } from '../../../../shared/domain/progress';
import type { RoadmapItem } from '../../../../shared/progress/items';
import { SkipNote } from './SkipNote';
import { StatusControls } from './StatusControls';

interface Props {
  item: RoadmapItem;
  status: ProgressStatus;
  /** The stored row, for the skip reason and note shown beside the status. */
  entry?: ProgressEntry | undefined;
  detail: string;
  /** Lessons open their page; tasks unfold their description in place. */
  onOpen?: ((itemId: string) => void) | undefined;
  description?: string | undefined;
  skipping: boolean;
  onSkippingChange: (itemId: string, skipping: boolean) => void;
}

export const ItemRow = memo(function ItemRow({
  item,
  status,
  entry,
  detail,
  onOpen,
  description,
  skipping,
  onSkippingChange,
}: Props) {
  const [expanded, setExpanded] = useState(false);
  return (
    <li className={`item-row status-${status}`} data-item-id={item.id} data-item-title={item.title}>
      <span className={`status-dot status-${status}`} aria-hidden="true" />
      <div className="item-main">
        <button
          type="button"
          className="link item-title"
          onClick={onOpen ? () => onOpen(item.id) : () => setExpanded((open) => !open)}
          aria-expanded={onOpen ? undefined : expanded}
          data-roadmap-item
        >
          {item.title}
        </button>
        <span className="muted small">
          {item.kind === 'task' ? 'Task' : 'Lesson'} · {detail}
        </span>
        {status === 'skipped' && <SkipNote entry={entry} />}
        {expanded && description && <p className="small">{description}</p>}
      </div>
      <StatusControls
        itemId={item.id}
        title={item.title}
        status={status}
        compact
        skipping={skipping}
        onSkippingChange={(open) => onSkippingChange(item.id, open)}
      />
    </li>
  );
});
