import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { reviewFileDraft, withScore } from '../features/review/draft-scores';
import { emptyDraft, ReviewSpaceDatabase } from './review-space';

const hash = `sha256:${'b'.repeat(64)}`;

describe('the review space', () => {
  it('version 2 nests the drafts of version 1, splitting a score key at its last colon', async () => {
    const name = `review-space-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores({ bundles: 'hash, owner, openedAt', drafts: 'bundleHash, updatedAt' });
    await old.open();
    await old.table('drafts').add({
      ...emptyDraft(hash, 'Grace'),
      ideas: { 'project:team:docchat': ['Log a baseline first.'] },
      scores: { 'team:docchat:capstone-rag.retrieval': 2, 'p2:capstone-agent.tools': 3 },
    });
    old.close();
    const space = new ReviewSpaceDatabase(name);
    const draft = await space.drafts.get(hash);
    expect(draft?.ideas).toEqual({ 'team:docchat': ['Log a baseline first.'] });
    expect(draft?.scores).toEqual({
      'team:docchat': { 'capstone-rag.retrieval': 2 },
      p2: { 'capstone-agent.tools': 3 },
    });
    expect(await space.drafts.count()).toBe(1);
    space.close();
  });

  it('writes a project id holding ":" into the review file unchanged', () => {
    const draft = withScore(
      // A verdict is never preselected (issue 15): this draft has one chosen, as an exported one must.
      { ...emptyDraft(hash, 'Grace'), verdict: 'almost', ideas: { 'team:docchat': ['Add a write-up.'] } },
      'team:docchat',
      'capstone-rag.retrieval',
      2,
    );
    const opened = { hash, owner: 'Ada', openedAt: '2026-11-21T10:00:00.000Z' } as Parameters<
      typeof reviewFileDraft
    >[0];
    const file = reviewFileDraft(opened, draft, '2026-11-21T11:00:00.000Z');
    expect(file.rubricScores).toEqual([
      { projectId: 'team:docchat', rubricItemId: 'capstone-rag.retrieval', score: 2 },
    ]);
    expect(file.items).toEqual([{ itemType: 'project', itemId: 'team:docchat', ideas: ['Add a write-up.'] }]);
    expect(withScore(draft, 'team:docchat', 'capstone-rag.retrieval', undefined).scores).toEqual({
      'team:docchat': {},
    });
  });
});
