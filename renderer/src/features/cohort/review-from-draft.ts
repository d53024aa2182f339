// The review file a mentor's draft becomes: the same shape the review space exports, for the cohort folder.
import type { ReviewFileDraft } from '../../../../shared/bundle/review-file';
import type { OpenedBundle, ReviewDraft } from '../../db/review-space';

export function reviewFileDraft(
  opened: OpenedBundle,
  draft: ReviewDraft,
  reviewedAt: string,
): ReviewFileDraft {
  return {
    bundleHash: opened.hash,
    owner: opened.owner,
    mentor: { name: draft.mentorName.trim() },
    reviewedAt,
    recommendation: { verdict: draft.verdict, summary: draft.summary },
    items: Object.entries(draft.ideas)
      .map(([key, ideas]) => ({
        itemType: 'project' as const,
        itemId: key.replace(/^project:/, ''),
        ideas: ideas.map((i) => i.trim()).filter(Boolean),
      }))
      .filter((item) => item.ideas.length > 0),
    rubricScores: Object.entries(draft.scores).map(([key, score]) => {
      const [projectId = '', rubricItemId = ''] = key.split(':');
      return { projectId, rubricItemId, score };
    }),
  };
}
