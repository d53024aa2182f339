// A student's bundle in the review space: read-only evidence, readiness, red flags, and the review.

import { useMemo } from 'react';
import { rowsFromBundle } from '../../../../shared/bundle/rows';
import { fileKinds } from '../../../../shared/ipc/file-kinds';
import { readinessFromRows } from '../../../../shared/readiness/readiness-from-rows';
import { useCurriculum } from '../../content/curriculum-source';
import { useOpenedBundle } from '../../db/live-review-space';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { CohortReviewButton } from '../cohort/CohortReviewButton';
import { ReadinessSummary } from '../readiness/ReadinessSummary';
import { reviewFileDraft } from './draft-scores';
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
  useFirstScreenReady(opened !== undefined && draft !== undefined);
  if (opened === null) return <p role="alert">This bundle is no longer in the review space.</p>;
  if (!opened || !draft || !rows || !readiness || !curriculum)
    return <p className="muted">Opening the bundle…</p>;

  async function exportReview() {
    if (!opened || !draft) return;
    if (!draft.mentorName.trim())
      return notify('error', 'mentor.name: add your name before exporting the review.');
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
      {rows.projects
        .filter((p) => !p.archivedAt)
        .map((project) => (
          <ProjectReviewCard
            key={project.id}
            curriculum={curriculum}
            project={project}
            milestones={rows.milestones.filter((m) => m.projectId === project.id)}
            runs={rows.evalRuns.filter((r) => r.projectId === project.id)}
            metrics={rows.metrics.filter((m) => m.projectId === project.id)}
            draft={draft}
            onChange={update}
            readiness={readiness}
          />
        ))}
      <RecommendationForm draft={draft} onChange={update} onExport={() => void exportReview()} />
      <CohortReviewButton opened={opened} draft={draft} />
    </article>
  );
}
