// Imports a review file a mentor sent back; used by "Import a review…" and by a double-clicked review file.
import { fail, ok, type Result } from '../../../../shared/result';
import type { ShipReadyDatabase } from '../../db/database';
import { reviewAlreadyStored, saveReceivedReview, studentName } from '../../db/repositories/reviews';
import { announceDataReplaced } from '../../ui/cross-window';
import { backUpBeforeImport, dataFromBefore } from '../backups/before-import';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Checks the file, stores the review and returns the sentence to tell the person. */
export async function importReviewFile(
  db: ShipReadyDatabase,
  file: { name: string; content: string },
): Promise<Result<string>> {
  const { parseReviewFile } = await import('../../../../shared/bundle/review-file');
  const checked = await parseReviewFile(file.content);
  if (!checked.ok) {
    const problems = checked.problems.map((p) => `${p.field}: ${p.message}`).join(' ');
    return fail('invalid-review', `${file.name} was not imported: ${problems}`);
  }
  const review = checked.value;
  // The review names the portfolio it is of (its bundle hash) and whose it is: the name the student gave
  // when exporting, which this app keeps.
  const ownName = await studentName(db);
  if (ownName !== null && review.owner.trim() !== '') {
    if (!sameName(ownName, review.owner)) {
      return fail(
        'review-of-someone-else',
        `${file.name} was not imported: it is ${review.mentor.name}’s review of ${review.owner.trim()}’s portfolio (bundle ${review.bundleHash.slice(7, 19)}…), not of yours (${ownName}). Nothing was changed.`,
      );
    }
  }
  if (await reviewAlreadyStored(db, review))
    return ok(
      `${file.name} was already imported; nothing was added (the review from ${review.mentor.name} is stored once).`,
    );
  const backup = await backUpBeforeImport(db, file.name);
  if (!backup.ok) return backup;
  const saved = await saveReceivedReview(db, review);
  if (saved.alreadyStored)
    return ok(
      `${file.name} was already imported; nothing was added (the review from ${review.mentor.name} is stored once).`,
    );
  announceDataReplaced('import');
  return ok(
    `Review from ${review.mentor.name} imported; comments now show beside each project. ${dataFromBefore(backup.value)}`,
  );
}
