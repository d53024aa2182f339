// "Start a project from this milestone" on a month page: the project gets the milestone's title, summary,
// skills and every acceptance criterion as a milestone; once started, the button opens that project instead.
import { useState } from 'react';
import type { Curriculum } from '../../../../shared/content/schema';
import { countOf } from '../../../../shared/text/plural';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { useAllProjects } from '../../db/live-portfolio';
import { createProject } from '../../db/repositories/projects';
import { useAppStore } from '../../store/app-store';
import { reportWrite } from '../../ui/report-write';
import { projectStarts } from '../portfolio/curriculum-starts';

export function StartFromMilestone({ curriculum, monthId }: { curriculum: Curriculum; monthId: string }) {
  const db = useDatabase();
  const goTo = useAppStore((state) => state.goTo);
  const notify = useAppStore((state) => state.notify);
  const projects = useAllProjects();
  const [busy, setBusy] = useState(false);
  const existing = projects?.find((project) => project.curriculumRef === monthId && !project.archivedAt);
  if (projects === undefined) return null;
  if (existing)
    return (
      <button type="button" className="secondary" onClick={() => goTo('portfolio', 'project', existing.id)}>
        Open your project “{existing.title}”
      </button>
    );

  async function start() {
    const chosen = projectStarts(curriculum).find((candidate) => candidate.ref === monthId);
    if (!chosen) return;
    setBusy(true);
    try {
      const draft = {
        title: chosen.title,
        summary: chosen.summary,
        curriculumRef: chosen.ref,
        skills: chosen.skills,
      };
      const result = await createProject(db, draft, chosen.milestones);
      if (!result.ok) return notify('error', result.error.message);
      notify(
        'info',
        `Project “${result.value.title}” created with ${countOf(chosen.milestones.length, 'milestone')}.`,
      );
      goTo('portfolio', 'project', result.value.id);
    } catch (error) {
      notify('error', describeDatabaseError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="primary" disabled={busy} onClick={() => reportWrite(start())}>
      Start a project from this milestone
    </button>
  );
}
