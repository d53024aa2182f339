import { describe, expect, it } from 'vitest';
import { emptyDraft, type OpenedBundle } from '../../db/review-space';
import { reviewDraftProblem, reviewFileDraft } from './draft-scores';

const opened = { hash: 'h1', owner: 'Ana', openedAt: '2026-11-01T00:00:00.000Z' } as OpenedBundle;

describe('a mentor draft before it becomes a review file', () => {
  it('starts with no verdict chosen, and says so in a sentence with the on-screen labels', () => {
    const draft = emptyDraft('h1', 'Mo');
    expect(draft.verdict).toBeNull();
    expect(reviewDraftProblem(draft)).toBe(
      'Before the review can be saved, choose the overall recommendation (Overall). Nothing was written.',
    );
    expect(() => reviewFileDraft(opened, draft, '2026-11-02T00:00:00.000Z')).toThrow();
  });

  it('names both missing fields at once', () => {
    expect(reviewDraftProblem(emptyDraft('h1'))).toBe(
      'Before the review can be saved, choose the overall recommendation (Overall) and add your name (Your name). Nothing was written.',
    );
  });

  it('has no problem once a verdict and a name are given, and the file carries the chosen verdict', () => {
    const draft = { ...emptyDraft('h1', 'Mo'), verdict: 'not-yet' as const };
    expect(reviewDraftProblem(draft)).toBeNull();
    expect(reviewFileDraft(opened, draft, '2026-11-02T00:00:00.000Z').recommendation.verdict).toBe('not-yet');
  });
});
