import { describe, expect, it } from 'vitest';
import { buildReviewFile } from '../../../../shared/bundle/review-file';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { removeReceivedReview, restoreReceivedReview, saveReceivedReview } from './reviews';

describe('removing a received review', () => {
  it('removes it, and Undo puts back exactly the same row', async () => {
    const db = await freshDatabase();
    const { review } = await buildReviewFile({
      bundleHash: `sha256:${'c'.repeat(64)}`,
      owner: 'Ada',
      mentor: { name: 'Grace' },
      reviewedAt: '2026-11-21T10:00:00.000Z',
      recommendation: { verdict: 'almost', summary: 'Add a baseline.' },
      items: [{ itemType: 'project', itemId: 'p1', ideas: ['Log a baseline.'] }],
      rubricScores: [{ projectId: 'p1', rubricItemId: 'capstone-rag.retrieval', score: 2 }],
    });
    await saveReceivedReview(db, review);
    const [stored] = await db.reviews.toArray();
    if (!stored) throw new Error('the review was not stored');
    const removed = await removeReceivedReview(db, stored.id);
    expect(removed).toEqual(stored);
    expect(await db.reviews.count()).toBe(0);
    expect(await removeReceivedReview(db, stored.id)).toBeNull();
    if (removed) await restoreReceivedReview(db, removed);
    expect(await db.reviews.toArray()).toEqual([stored]);
  });
});
