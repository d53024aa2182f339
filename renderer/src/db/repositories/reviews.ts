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

/** Removes a received review and returns it, so Undo can put it back exactly; null when it is already gone. */
export async function removeReceivedReview(
  db: ShipReadyDatabase,
  id: string,
): Promise<ReviewReceived | null> {
  return db.transaction('rw', db.reviews, db.events, async () => {
    const row = await db.reviews.get(id);
    if (!row) return null;
    await db.reviews.delete(id);
    await appendEvent(db, 'review.removed', id, { mentor: row.mentorName });
    return row;
  });
}

/** Puts a removed review back as it was (Undo). */
export async function restoreReceivedReview(db: ShipReadyDatabase, row: ReviewReceived): Promise<void> {
  await db.transaction('rw', db.reviews, db.events, async () => {
    await db.reviews.put(row);
    await appendEvent(db, 'review.imported', row.id, { mentor: row.mentorName, restored: true });
  });
}
