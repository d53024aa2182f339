// The portfolio: projects a person built. Editing, milestones, runs and charts arrive with issue 4.
import { useFirstScreenReady } from '../../app/first-screen-ready';
import { useActiveProjects } from '../../db/live';
import { NewProjectForm } from './NewProjectForm';

export function PortfolioPage() {
  const projects = useActiveProjects();
  useFirstScreenReady(projects !== undefined);
  return (
    <>
      <header className="page-header">
        <h1>Portfolio</h1>
        <p className="lede">What you built, and the numbers that show it works.</p>
      </header>
      <div className="two-columns">
        <section aria-labelledby="projects-heading" className="card">
          <h2 id="projects-heading">
            Projects {projects && <span className="count">{projects.length}</span>}
          </h2>
          {projects === undefined && <p className="muted">Loading…</p>}
          {projects?.length === 0 && (
            <p className="muted">
              No projects yet. Create your first one; a small project with real numbers beats a big demo.
            </p>
          )}
          <ul className="project-list" aria-label="Projects">
            {projects?.map((project) => (
              <li key={project.id} className="project-row">
                <span className="project-title">{project.title}</span>
                <span className={`badge badge-${project.status}`}>{project.status}</span>
                {project.summary && <p className="muted">{project.summary}</p>}
              </li>
            ))}
          </ul>
        </section>
        <NewProjectForm />
      </div>
    </>
  );
}
