// "Write the review to the cohort folder": the mentor's draft, as a review round beside the student's bundle.
import { buildReviewFile } from '../../../../shared/bundle/review-file';
import type { OpenedBundle, ReviewDraft } from '../../db/review-space';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { reviewDraftProblem, reviewFileDraft } from '../review/draft-scores';
import { useCohortFolder } from './cohort-folder-state';

export function CohortReviewButton({ opened, draft }: { opened: OpenedBundle; draft: ReviewDraft }) {
  const notify = useAppStore((state) => state.notify);
  const { connection, index } = useCohortFolder();
  const student = index?.students.find((s) => s.bundleHash === opened.hash);
  if (!connection || !index) return null;
  if (!student)
    return <p className="muted small">This bundle is not the latest of any student in the cohort folder.</p>;

  async function write() {
    if (!student) return;
    if (!connection?.mentorId) return notify('error', 'Choose your mentor id in the review space first.');
    const problem = reviewDraftProblem(draft);
    if (problem) return notify('error', problem);
    const { text } = await buildReviewFile(reviewFileDraft(opened, draft, new Date().toISOString()));
    const written = await desktopApi().writeCohortReview({ studentId: student.studentId, content: text });
    if (!written.ok) return notify('error', written.error.message);
    notify(
      'info',
      `Review written to the cohort folder as ${written.value.path}. Commit and push, or let Syncthing carry it.`,
    );
  }

  return (
    <div className="actions">
      <button type="button" onClick={() => void write()}>
        Write the review to the cohort folder
      </button>
    </div>
  );
}
