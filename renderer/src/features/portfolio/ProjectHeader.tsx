// The project's title, status and links, with archive and delete.

import type { Project } from '../../../../shared/domain/projects';
import { sentenceLabel } from '../../../../shared/text/plural';
import { useCurriculum } from '../../content/curriculum-source';
import { useDatabase } from '../../db/database-context';
import { useAppStore } from '../../store/app-store';
import { curriculumRefLabel } from './curriculum-starts';
import { deleteWithUndo, toggleArchive } from './project-actions';

export function ProjectHeader({ project }: { project: Project }) {
  const db = useDatabase();
  const curriculum = useCurriculum();
  const goTo = useAppStore((state) => state.goTo);
  return (
    <header className="page-header">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button type="button" className="link" onClick={() => goTo('portfolio')}>
          Portfolio
        </button>
        <span aria-hidden="true">›</span>
        <span>{curriculumRefLabel(curriculum, project.curriculumRef)}</span>
      </nav>
      <div className="title-row">
        <h1>{project.title}</h1>
        <span className={`badge badge-${project.status}`}>
          {project.archivedAt ? 'Archived' : sentenceLabel(project.status)}
        </span>
      </div>
      {project.summary && <p className="lede">{project.summary}</p>}
      {project.links.length > 0 && (
        <ul className="link-list" aria-label="Project links">
          {project.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => void toggleArchive(db, project.id, !project.archivedAt)}
        >
          {project.archivedAt ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="danger" onClick={() => void deleteWithUndo(db, project.id)}>
          Delete project
        </button>
      </div>
    </header>
  );
}
