// The projects, virtualized so thousands stay smooth; filter by status, show archived on request.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import { type Project, type ProjectStatus, projectStatuses } from '../../../../shared/domain/projects';
import { useCurriculum } from '../../content/curriculum-source';
import { useAppStore } from '../../store/app-store';
import { curriculumRefLabel } from './curriculum-starts';

const rowHeight = 64;

export function ProjectList({ projects }: { projects: Project[] }) {
  const goTo = useAppStore((state) => state.goTo);
  const curriculum = useCurriculum();
  const [status, setStatus] = useState<ProjectStatus | 'all'>('all');
  const [showArchived, setShowArchived] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const id = useId();
  const shown = useMemo(
    () =>
      projects.filter((p) => (showArchived || !p.archivedAt) && (status === 'all' || p.status === status)),
    [projects, status, showArchived],
  );
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="card-heading">
        <h2 id={`${id}-heading`}>
          Projects <span className="count">{shown.length}</span>
        </h2>
        <div className="filters">
          <label htmlFor={`${id}-status`} className="visually-hidden">
            Filter by status
          </label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(event) => setStatus(event.target.value as ProjectStatus | 'all')}
          >
            <option value="all">All statuses</option>
            {projectStatuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(event) => setShowArchived(event.target.checked)}
            />{' '}
            Archived
          </label>
        </div>
      </div>
      {shown.length === 0 && (
        <p className="muted">
          {projects.length === 0
            ? 'No projects yet. Start one from a month’s milestone: a small project with real numbers beats a big demo.'
            : 'No project matches these filters.'}
        </p>
      )}
      <div
        ref={scroller}
        className="virtual-scroller"
        style={{ height: Math.min(560, shown.length * rowHeight + 4) }}
      >
        <ul className="project-list" aria-label="Projects" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const project = shown[row.index] as Project;
            return (
              <li
                key={project.id}
                className="project-row virtual-row"
                style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}
                aria-setsize={shown.length}
                aria-posinset={row.index + 1}
              >
                <button
                  type="button"
                  className="link project-title"
                  onClick={() => goTo('portfolio', 'project', project.id)}
                >
                  {project.title}
                </button>
                <span className={`badge badge-${project.status}`}>
                  {project.archivedAt ? 'archived' : project.status}
                </span>
                <span className="muted small">{curriculumRefLabel(curriculum, project.curriculumRef)}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
