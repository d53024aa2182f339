// Imports a review file a mentor sent back; used by "Import a review…" and by a double-clicked review file.

import { fail, ok, type Result } from '../../../../shared/result';
import { problemText } from '../../../../shared/text/problem-text';
import type { ShipReadyDatabase } from '../../db/database';
import { readVerification } from '../../db/readiness-verification';
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
    const problems = checked.problems.map((p) => problemText(p)).join(' ');
    return fail('invalid-review', `${file.name} was not imported: ${problems}`);
  }
  const review = checked.value;
  // The review names the portfolio it is of by its bundle hash: it must be one this app exported.
  const { bundleHashes } = await readVerification(db);
  if (bundleHashes.length > 0 && !bundleHashes.includes(review.bundleHash)) {
    const whose = review.owner.trim() ? `${review.owner.trim()}’s portfolio` : 'a portfolio';
    return fail(
      'review-of-another-bundle',
      `${file.name} was not imported: it is ${review.mentor.name}’s review of ${whose} (bundle ${review.bundleHash.slice(7, 19)}…), which is not a bundle you exported from this app. Nothing was changed.`,
    );
  }
  // Portfolios exported before hashes were recorded: the name the student gave when exporting decides.
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
