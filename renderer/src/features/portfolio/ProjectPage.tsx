// One project: its header, evaluation numbers, milestones and details.

import { useProject, useProjectEvidence } from '../../db/live-portfolio';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { MentorComments } from '../review/MentorComments';
import { MentorScores } from './MentorScores';
import { MilestonesCard } from './MilestonesCard';
import { ProjectDetailsForm } from './ProjectDetailsForm';
import { ProjectHeader } from './ProjectHeader';
import { RunsSection } from './runs/RunsSection';

export function ProjectPage({ projectId }: { projectId: string }) {
  const project = useProject(projectId);
  const evidence = useProjectEvidence(projectId);
  useFirstScreenReady(project !== undefined && evidence !== undefined);
  if (project === undefined || evidence === undefined) return <p className="muted">Loading the project…</p>;
  if (project === null) return <p role="alert">This project no longer exists. It may have been deleted.</p>;
  return (
    <article>
      <ProjectHeader project={project} />
      <MentorComments projectId={project.id} />
      <MentorScores project={project} />
      <RunsSection
        projectId={project.id}
        evidence={evidence}
        beside={<MilestonesCard projectId={project.id} />}
      />
      <ProjectDetailsForm key={project.id} project={project} />
    </article>
  );
}
