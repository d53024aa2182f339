// Stores a mentor's review the student imported, as the comments and scores shown beside each item.
import type { ReviewFile } from '../../../../shared/bundle/review-file';
import type { ReviewReceived } from '../../../../shared/domain/records';
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

export async function saveReceivedReview(db: ShipReadyDatabase, review: ReviewFile): Promise<ReviewReceived> {
  const row: ReviewReceived = {
    id: newId(),
    bundleHash: review.bundleHash,
    mentorName: review.mentor.name,
    recommendation: `${review.recommendation.verdict}: ${review.recommendation.summary}`,
    comments: review.items.map((item) => ({
      itemId: `${item.itemType}:${item.itemId}`,
      text: item.ideas.join('\n'),
    })),
    scores: review.rubricScores.map((score) => ({
      rubricItemId: `${score.projectId}:${score.rubricItemId}`,
      score: score.score,
    })),
    receivedAt: nowIso(),
  };
  await db.transaction('rw', db.reviews, db.events, async () => {
    await db.reviews.add(row);
    await appendEvent(db, 'review.imported', row.id, { mentor: row.mentorName }, row.receivedAt);
  });
  return row;
}
