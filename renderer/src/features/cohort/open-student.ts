// Opens a student's latest bundle from the cohort folder in the review space (read-only, apart from your
// data); the bundle is checked in a worker, so a 10,000-project one does not freeze the page.
import { fail, type Result } from '../../../../shared/result';
import { desktopApi } from '../../platform/desktop-api';
import { keepCheckedBundle } from '../review/open-bundle';
import { parseBundleOffThread } from './parse-in-worker';

/** The bundle's hash to show it by, once checked and stored in the review space. */
export async function openStudentFromCohort(studentId: string): Promise<Result<string>> {
  const name = `students/${studentId}/bundle.json`;
  const text = await desktopApi().readCohortStudent(studentId);
  if (!text.ok) return fail(text.error.code, text.error.message);
  return keepCheckedBundle(name, await parseBundleOffThread(text.value));
}
