// Reads and changes a mentor's draft scores and ideas by project id and rubric item id, never by a joined key.
import type { ReviewFileDraft } from '../../../../shared/bundle/review-file';
import type { OpenedBundle, ReviewDraft } from '../../db/review-space';

export const scoreOf = (draft: ReviewDraft, projectId: string, rubricItemId: string): number | undefined =>
  draft.scores[projectId]?.[rubricItemId];

/** The draft with one score set, or removed when `score` is undefined. */
export function withScore(
  draft: ReviewDraft,
  projectId: string,
  rubricItemId: string,
  score: number | undefined,
): ReviewDraft {
  const project = { ...draft.scores[projectId] };
  if (score === undefined) delete project[rubricItemId];
  else project[rubricItemId] = score;
  return { ...draft, scores: { ...draft.scores, [projectId]: project } };
}

/** What stops a draft from becoming a review file, as a sentence naming the fields on screen; null when nothing does. */
export function reviewDraftProblem(draft: ReviewDraft): string | null {
  const missing = [
    ...(draft.verdict === null ? ['choose the overall recommendation (Overall)'] : []),
    ...(draft.mentorName.trim() ? [] : ['add your name (Your name)']),
  ];
  if (missing.length === 0) return null;
  const [first, ...rest] = missing;
  const list = rest.length ? `${first} and ${rest.join(' and ')}` : first;
  return `Before the review can be saved, ${list}. Nothing was written.`;
}

/** The review file a draft becomes, for a file the mentor saves or the cohort folder. */
export function reviewFileDraft(
  opened: OpenedBundle,
  draft: ReviewDraft,
  reviewedAt: string,
): ReviewFileDraft {
  const { verdict } = draft;
  // Callers check reviewDraftProblem first; a draft without a verdict never becomes a file.
  if (verdict === null) throw new Error('The review has no overall recommendation chosen.');
  return {
    bundleHash: opened.hash,
    owner: opened.owner,
    mentor: { name: draft.mentorName.trim() },
    reviewedAt,
    recommendation: { verdict, summary: draft.summary },
    items: Object.entries(draft.ideas)
      .map(([projectId, ideas]) => ({
        itemType: 'project' as const,
        itemId: projectId,
        ideas: ideas.map((idea) => idea.trim()).filter(Boolean),
      }))
      .filter((item) => item.ideas.length > 0),
    rubricScores: Object.entries(draft.scores).flatMap(([projectId, items]) =>
      Object.entries(items).map(([rubricItemId, score]) => ({ projectId, rubricItemId, score })),
    ),
  };
}
