// One lesson or task in a month's plan: focusable, so D, L, S, R act on it from the keyboard.
import { useState } from 'react';
import type { ProgressStatus } from '../../../../shared/domain/progress';
import type { RoadmapItem } from '../../../../shared/progress/items';
import { statusLabels } from './status-actions';

interface Props {
  item: RoadmapItem;
  status: ProgressStatus;
  detail: string;
  /** Lessons open their page; tasks unfold their description in place. */
  onOpen?: (() => void) | undefined;
  description?: string | undefined;
}

export function ItemRow({ item, status, detail, onOpen, description }: Props) {
  const [expanded, setExpanded] = useState(false);
  return (
    <li className={`item-row status-${status}`} data-item-id={item.id} data-item-title={item.title}>
      <span className={`status-dot status-${status}`} aria-hidden="true" />
      <div className="item-main">
        <button
          type="button"
          className="link item-title"
          onClick={onOpen ?? (() => setExpanded((open) => !open))}
          aria-expanded={onOpen ? undefined : expanded}
          data-roadmap-item
        >
          {item.title}
        </button>
        <span className="muted small">
          {item.kind === 'task' ? 'Task' : 'Lesson'} · {detail}
        </span>
        {expanded && description && <p className="small">{description}</p>}
      </div>
      <span className={`badge badge-status-${status}`}>{statusLabels[status]}</span>
    </li>
  );
}
