// One month: goals, the four-week plan with every lesson and task, and the milestone's criteria.
import { useCallback, useMemo, useState } from 'react';
import { countProgress } from '../../../../shared/progress/summary';
import { useDatabase } from '../../db/database-context';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { reportWrite } from '../../ui/report-write';
import { ItemRow } from './ItemRow';
import { ProgressBar } from './ProgressBar';
import { StartFromMilestone } from './StartFromMilestone';
import { changeStatus } from './status-actions';
import type { RoadmapData } from './use-roadmap';
import { useStatusShortcuts } from './use-status-shortcuts';

/** The row that holds keyboard focus, if any. */
function focusedRow(): { id: string; title: string } | null {
  const row = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-item-id]');
  return row?.dataset.itemId ? { id: row.dataset.itemId, title: row.dataset.itemTitle ?? '' } : null;
}

function focusItem(id: string) {
  document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] [data-roadmap-item]`)?.focus();
}

function moveFocus(by: number) {
  const rows = [...document.querySelectorAll<HTMLElement>('[data-roadmap-item]')];
  // Focus on a row's status buttons counts as being on that row.
  const row = (document.activeElement as HTMLElement | null)?.closest('[data-item-id]');
  const current = rows.findIndex((title) => title.closest('[data-item-id]') === row);
  const target = current === -1 ? (by > 0 ? 0 : rows.length - 1) : current + by;
  rows[Math.min(rows.length - 1, Math.max(0, target))]?.focus();
}

export function MonthView({ data, monthId }: { data: RoadmapData; monthId: string }) {
  const db = useDatabase();
  const goTo = useAppStore((state) => state.goTo);
  const month = data.curriculum.months.find((m) => m.id === monthId);
  const items = useMemo(() => data.items.filter((item) => item.monthId === monthId), [data.items, monthId]);
  const [skipping, setSkipping] = useState<string | null>(null);
  useFirstScreenReady(true);
  const handlers = useMemo(
    () => ({
      setStatus: (status: Parameters<typeof changeStatus>[3]) => {
        const row = focusedRow();
        if (!row) return;
        if (status === 'skipped') setSkipping(row.id);
        else reportWrite(changeStatus(db, row.id, row.title, status));
      },
      up: () => moveFocus(-1),
      down: () => moveFocus(1),
    }),
    [db],
  );
  useStatusShortcuts(true, handlers);
  // Stable, so the memoised rows redraw only when their own item changes.
  const onSkippingChange = useCallback((itemId: string, open: boolean) => {
    setSkipping(open ? itemId : null);
    // The dialog is gone after this render; the item gets focus back, so arrows go on from it.
    if (!open) requestAnimationFrame(() => focusItem(itemId));
  }, []);
  const openLesson = useCallback((itemId: string) => goTo('roadmap', 'lesson', itemId), [goTo]);
  if (!month) return <p role="alert">There is no month “{monthId}”.</p>;
  const lessonById = new Map(month.lessons.map((lesson) => [lesson.id, lesson]));
  const taskById = new Map(month.tasks.map((task) => [task.id, task]));
  return (
    <article aria-labelledby="month-title">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button type="button" className="link" onClick={() => goTo('roadmap')}>
          Roadmap
        </button>
        <span aria-hidden="true">›</span>
        <span>Month {month.number}</span>
      </nav>
      <header className="page-header">
        <p className="eyebrow">
          Month {month.number} · {month.layer} layer
        </p>
        <h1 id="month-title">{month.title}</h1>
        <p className="lede">{month.summary}</p>
        <ProgressBar
          count={countProgress(items, data.statusOf)}
          label={`Progress in month ${month.number}`}
        />
        <p className="muted small">
          Focus an item, then D done · L in progress · S skip · R reset · ↑ ↓ to move.
        </p>
      </header>
      <div className="two-columns">
        <div className="weeks">
          {month.weeks.map((week) => (
            <section key={week.id} className="card week" aria-labelledby={`${week.id}-title`}>
              <h2 id={`${week.id}-title`}>
                Week {week.number}: {week.title}
              </h2>
              <p className="muted">{week.focus}</p>
              <ul className="item-list" aria-label={`Week ${week.number} items`}>
                {items
                  .filter((item) => item.weekId === week.id)
                  .map((item) => (
                    <ItemRow
                      key={item.id}
                      item={item}
                      status={data.statusOf(item.id)}
                      entry={data.progress.get(item.id)}
                      skipping={skipping === item.id}
                      onSkippingChange={onSkippingChange}
                      detail={
                        item.kind === 'lesson'
                          ? `${lessonById.get(item.id)?.estimateMinutes ?? 0} min`
                          : `${taskById.get(item.id)?.estimateHours ?? 0} h`
                      }
                      onOpen={item.kind === 'lesson' ? openLesson : undefined}
                      description={taskById.get(item.id)?.description}
                    />
                  ))}
              </ul>
            </section>
          ))}
        </div>
        <aside>
          <section className="card" aria-labelledby="goals-title">
            <h2 id="goals-title">Goals</h2>
            <ul>
              {month.goals.map((goal) => (
                <li key={goal}>{goal}</li>
              ))}
            </ul>
          </section>
          <section className="card milestone" aria-labelledby="milestone-title">
            <p className="eyebrow">Milestone</p>
            <h2 id="milestone-title">{month.milestone.title}</h2>
            <p>{month.milestone.description}</p>
            <ul className="criteria">
              {month.milestone.acceptanceCriteria.map((criterion) => (
                <li key={criterion.id}>{criterion.text}</li>
              ))}
            </ul>
            <StartFromMilestone curriculum={data.curriculum} monthId={month.id} />
          </section>
        </aside>
      </div>
    </article>
  );
}
