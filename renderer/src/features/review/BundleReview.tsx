// A student's bundle in the review space: read-only evidence, readiness, red flags, and the review.

import { useMemo } from 'react';
import { rowsFromBundle } from '../../../../shared/bundle/rows';
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
  const ideas = draft?.ideas;
  const scores = draft?.scores;
  // The cards read only the draft's ideas and scores, so typing the summary leaves them as they are (a
  // keystroke redrew all 1,000 cards of the bench's bundle: 158 ms median, p95 278 ms).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the cards read `draft` only for its ideas and scores.
  const projectCards = useMemo(
    () =>
      rows && byProject && draft && curriculum && readiness
        ? rows.projects
            .filter((p) => !p.archivedAt)
            .map((project) => (
              <ProjectReviewCard
                key={project.id}
                curriculum={curriculum}
                project={project}
                milestones={byProject.milestones.get(project.id) ?? []}
                runs={byProject.runs.get(project.id) ?? []}
                metrics={byProject.metrics.get(project.id) ?? []}
                draft={draft}
                onChange={update}
                readiness={readiness}
              />
            ))
        : null,
    [rows, byProject, ideas, scores, curriculum, readiness, update],
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
      {rows.projects.filter((p) => !p.archivedAt).length === 0 && (
        <p className="muted">This bundle has no projects.</p>
      )}
      {projectCards}
      <RecommendationForm draft={draft} onChange={update} onExport={() => void exportReview()} />
      <CohortReviewButton opened={opened} draft={draft} />
    </article>
  );
}

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
