// Opens a student's latest bundle from the cohort folder in the review space (read-only, apart from your
// data); the bundle is checked in a worker, so a 10,000-project one does not freeze the page.
import { fail, ok, type Result } from '../../../../shared/result';
import { storeOpenedBundle } from '../../db/live-review-space';
import { desktopApi } from '../../platform/desktop-api';
import { parseBundleOffThread } from './parse-in-worker';

/** The bundle's hash to show it by, once checked and stored in the review space. */
export async function openStudentFromCohort(studentId: string): Promise<Result<string>> {
  const name = `students/${studentId}/bundle.json`;
  const text = await desktopApi().readCohortStudent(studentId);
  if (!text.ok) return fail(text.error.code, text.error.message);
  const checked = await parseBundleOffThread(text.value);
  if (!checked.ok) {
    const problems = checked.problems
      .slice(0, 5)
      .map((p) => `${p.field}: ${p.message}`)
      .join(' ');
    return fail('invalid-bundle', `${name} cannot be opened: ${problems}`);
  }
  const bundle = checked.value;
  await storeOpenedBundle({
    hash: bundle.contentHash,
    owner: bundle.owner.name,
    openedAt: new Date().toISOString(),
    bundle,
  });
  return ok(bundle.contentHash);
}
