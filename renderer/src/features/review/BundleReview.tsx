// A student's bundle in the review space: read-only evidence, readiness, red flags, and the review.

import { useCallback, useMemo } from 'react';
import { rowsFromBundle } from '../../../../shared/bundle/rows';
import type { EvalRun, Metric } from '../../../../shared/domain/eval-runs';
import type { Milestone, Project } from '../../../../shared/domain/projects';
import type { BundleRows } from '../../../../shared/domain/tables';
import { fileKinds } from '../../../../shared/ipc/file-kinds';
import { readinessFromRows } from '../../../../shared/readiness/readiness-from-rows';
import { useCurriculum } from '../../content/curriculum-source';
import { useOpenedBundle } from '../../db/live-review-space';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { CohortReviewButton } from '../cohort/CohortReviewButton';
import { ReadinessSummary } from '../readiness/ReadinessSummary';
import { reviewDraftProblem, reviewFileDraft } from './draft-scores';
import { ProjectCardList } from './ProjectCardList';
import { ProjectReviewCard } from './ProjectReviewCard';
import { RecommendationForm } from './RecommendationForm';
import { useReviewDraft } from './use-review-draft';

export function BundleReview({ hash }: { hash: string }) {
  const curriculum = useCurriculum();
  const notify = useAppStore((state) => state.notify);
  const goTo = useAppStore((state) => state.goTo);
  const opened = useOpenedBundle(hash);
  const { draft, update } = useReviewDraft(hash);
  const rows = useMemo(() => (opened ? rowsFromBundle(opened.bundle) : null), [opened]);
  const readiness = useMemo(
    () => (curriculum && rows ? readinessFromRows(curriculum, rows) : null),
    [curriculum, rows],
  );
  // Each project's rows, grouped once: filtering every table per card was 1,000 x 5,000 steps a render.
  const byProject = useMemo(() => (rows ? rowsByProject(rows) : null), [rows]);
  const projects = useMemo(() => (rows ? rows.projects.filter((p) => !p.archivedAt) : []), [rows]);
  const ideas = draft?.ideas;
  const scores = draft?.scores;
  // Each card gets only its own ideas and scores and is memoised, so a keystroke redraws the one card typed in
  // (typing in a 10,000-project bundle redrew every card: seconds per key).
  const card = useCallback(
    (project: Project) =>
      curriculum && byProject && readiness ? (
        <ProjectReviewCard
          key={project.id}
          curriculum={curriculum}
          project={project}
          milestones={byProject.milestones.get(project.id) ?? empty.milestones}
          runs={byProject.runs.get(project.id) ?? empty.runs}
          metrics={byProject.metrics.get(project.id) ?? empty.metrics}
          ideas={ideas?.[project.id]}
          scores={scores?.[project.id]}
          onChange={update}
          readiness={readiness}
        />
      ) : null,
    [curriculum, byProject, readiness, ideas, scores, update],
  );
  useFirstScreenReady(opened !== undefined && draft !== undefined);
  if (opened === null) return <p role="alert">This bundle is no longer in the review space.</p>;
  if (!opened || !draft || !rows || !readiness || !curriculum)
    return <p className="muted">Opening the bundle…</p>;

  async function exportReview() {
    if (!opened || !draft) return;
    const problem = reviewDraftProblem(draft);
    if (problem) return notify('error', problem);
    const { buildReviewFile } = await import('../../../../shared/bundle/review-file');
    const { text } = await buildReviewFile(reviewFileDraft(opened, draft, new Date().toISOString()));
    const saved = await desktopApi().saveFile({
      suggestedName: `shipready-review-${opened.owner.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'student'}.${fileKinds.review.extension}`,
      content: text,
      filters: [{ name: fileKinds.review.label, extensions: [fileKinds.review.extension] }],
    });
    if (!saved.ok) notify('error', saved.error.message);
    else if (saved.value.saved)
      notify('info', `Review saved to ${saved.value.path}. Send it to ${opened.owner || 'the student'}.`);
  }

  return (
    <article>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button type="button" className="link" onClick={() => goTo('review')}>
          Review space
        </button>
        <span aria-hidden="true">›</span>
        <span>{opened.owner || 'Unnamed student'}</span>
      </nav>
      <header className="page-header">
        <h1>Reviewing {opened.owner || 'an unnamed student'}</h1>
        <p className="lede">Read-only: nothing here touches your own data. Your draft is saved as you go.</p>
      </header>
      <ReadinessSummary readiness={readiness} curriculum={curriculum} linkActions={false} />
      <h2>Projects</h2>
      {projects.length === 0 && <p className="muted">This bundle has no projects.</p>}
      <ProjectCardList projects={projects} card={card} />
      <RecommendationForm draft={draft} onChange={update} onExport={() => void exportReview()} />
      <CohortReviewButton opened={opened} draft={draft} />
    </article>
  );
}

/** One empty list per table, so a project without rows passes the same array every render. */
const empty = { milestones: [] as Milestone[], runs: [] as EvalRun[], metrics: [] as Metric[] };

function groupBy<T extends { projectId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.projectId);
    if (group) group.push(item);
    else groups.set(item.projectId, [item]);
  }
  return groups;
}

function rowsByProject(rows: BundleRows) {
  return {
    milestones: groupBy(rows.milestones),
    runs: groupBy(rows.evalRuns),
    metrics: groupBy(rows.metrics),
  };
}
