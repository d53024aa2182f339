// Imports a review file a mentor sent back; used by "Import a review…" and by a double-clicked review file.
import { fail, ok, type Result } from '../../../../shared/result';
import type { ShipReadyDatabase } from '../../db/database';
import { saveReceivedReview } from '../../db/repositories/reviews';
import { backUpBeforeImport, dataFromBefore } from '../backups/before-import';

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
  const backup = await backUpBeforeImport(db, file.name);
  if (!backup.ok) return backup;
  await saveReceivedReview(db, checked.value);
  return ok(
    `Review from ${checked.value.mentor.name} imported; comments now show beside each project. ${dataFromBefore(backup.value)}`,
  );
}
