// Stores a mentor's review the student imported, as the comments and scores shown beside each item.
import type { ReviewFile } from '../../../../shared/bundle/review-file';
import type { ReviewReceived } from '../../../../shared/domain/records';
import type { ShipReadyDatabase } from '../database';
import { settingKeys } from '../settings-keys';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

/** The stored review, and whether this very file (same content hash) was already stored before. */
export async function saveReceivedReview(
  db: ShipReadyDatabase,
  review: ReviewFile,
): Promise<{ row: ReviewReceived; alreadyStored: boolean }> {
  const row: ReviewReceived = {
    id: newId(),
    bundleHash: review.bundleHash,
    contentHash: review.contentHash,
    mentorName: review.mentor.name,
    recommendation: `${review.recommendation.verdict}: ${review.recommendation.summary}`,
    comments: review.items.map((item) => ({
      itemType: item.itemType,
      itemId: item.itemId,
      text: item.ideas.join('\n'),
    })),
    scores: review.rubricScores.map((score) => ({
      projectId: score.projectId,
      rubricItemId: score.rubricItemId,
      score: score.score,
    })),
    receivedAt: nowIso(),
  };
  return db.transaction('rw', db.reviews, db.events, async () => {
    const same = await db.reviews
      .where('bundleHash')
      .equals(review.bundleHash)
      .filter((stored) => stored.contentHash === review.contentHash)
      .first();
    if (same) return { row: same, alreadyStored: true };
    await db.reviews.add(row);
    await appendEvent(db, 'review.imported', row.id, { mentor: row.mentorName }, row.receivedAt);
    return { row, alreadyStored: false };
  });
}

/** Whether this very review file (same bundle and content hash) is stored already. */
export async function reviewAlreadyStored(db: ShipReadyDatabase, review: ReviewFile): Promise<boolean> {
  const count = await db.reviews
    .where('bundleHash')
    .equals(review.bundleHash)
    .filter((stored) => stored.contentHash === review.contentHash)
    .count();
  return count > 0;
}

/** The name the student gave when exporting their portfolio, if any. */
export async function studentName(db: ShipReadyDatabase): Promise<string | null> {
  const value = (await db.settings.get(settingKeys.ownerName))?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
