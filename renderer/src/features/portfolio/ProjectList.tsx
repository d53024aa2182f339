// The projects, virtualized so thousands stay smooth: search, filter by status and skill, sort, archived on request.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useMemo, useRef, useState } from 'react';
import { type Project, type ProjectStatus, projectStatuses } from '../../../../shared/domain/projects';
import { countOf, sentenceLabel } from '../../../../shared/text/plural';
import { useCurriculum } from '../../content/curriculum-source';
import { useAppStore } from '../../store/app-store';
import { curriculumRefLabel } from './curriculum-starts';
import {
  defaultProjectQuery,
  type ProjectQuery,
  type ProjectSort,
  projectSortLabels,
  queryProjects,
  skillsInProjects,
} from './project-query';
import { ReadinessContributions } from './ReadinessContributions';

const rowHeight = 64;

// Memoised: the overview redraws as the dashboard's rows arrive and again for its deferred charts, and the
// list's own rows have not changed then.
export const ProjectList = memo(function ProjectList({ projects }: { projects: Project[] }) {
  const goTo = useAppStore((state) => state.goTo);
  const curriculum = useCurriculum();
  const [query, setQuery] = useState<ProjectQuery>(defaultProjectQuery);
  const scroller = useRef<HTMLDivElement>(null);
  const id = useId();
  const [contributions, setContributions] = useState<Map<string, number>>(() => new Map());
  const byReadiness = query.sort === 'readiness';
  const shown = useMemo(
    () => queryProjects(projects, query, byReadiness ? contributions : undefined),
    [projects, query, byReadiness, contributions],
  );
  const skills = useMemo(() => skillsInProjects(projects), [projects]);
  const skillTitle = (skillId: string) =>
    curriculum?.skills.find((skill) => skill.id === skillId)?.title ?? skillId;
  const set = (patch: Partial<ProjectQuery>) => setQuery((current) => ({ ...current, ...patch }));
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      {byReadiness && <ReadinessContributions onChange={setContributions} />}
      <div className="card-heading">
        <h2 id={`${id}-heading`}>
          Projects <span className="count">{shown.length}</span>
        </h2>
      </div>
      <div className="filters project-filters">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          Search projects
        </label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="Search projects"
          value={query.search}
          onChange={(event) => set({ search: event.target.value })}
        />
        <label htmlFor={`${id}-status`} className="visually-hidden">
          Filter by status
        </label>
        <select
          id={`${id}-status`}
          value={query.status}
          onChange={(event) => set({ status: event.target.value as ProjectStatus | 'all' })}
        >
          <option value="all">All statuses</option>
          {projectStatuses.map((s) => (
            <option key={s} value={s}>
              {sentenceLabel(s)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-skill`} className="visually-hidden">
          Filter by skill
        </label>
        <select
          id={`${id}-skill`}
          value={query.skill}
          onChange={(event) => set({ skill: event.target.value })}
        >
          <option value="all">All skills</option>
          {skills.map((skill) => (
            <option key={skill} value={skill}>
              {skillTitle(skill)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-sort`} className="visually-hidden">
          Sort projects
        </label>
        <select
          id={`${id}-sort`}
          value={query.sort}
          onChange={(event) => set({ sort: event.target.value as ProjectSort })}
        >
          {(Object.keys(projectSortLabels) as ProjectSort[]).map((sort) => (
            <option key={sort} value={sort}>
              {projectSortLabels[sort]}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={query.showArchived}
            onChange={(event) => set({ showArchived: event.target.checked })}
          />{' '}
          Archived
        </label>
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
                  title={project.title}
                  onClick={() => goTo('portfolio', 'project', project.id)}
                >
                  {project.title}
                </button>
                <span className={`badge badge-${project.status}`}>
                  {project.archivedAt ? 'Archived' : sentenceLabel(project.status)}
                </span>
                <span className="muted small">
                  {byReadiness
                    ? `${countOf(Math.round(contributions.get(project.id) ?? 0), 'readiness point')} · `
                    : ''}
                  {curriculumRefLabel(curriculum, project.curriculumRef)}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
});
