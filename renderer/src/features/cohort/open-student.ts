// Opens a student's latest bundle from the cohort folder in the review space (read-only, apart from your data).
import { fail, type Result } from '../../../../shared/result';
import { desktopApi } from '../../platform/desktop-api';
import { openBundleInReviewSpace } from '../review/open-bundle';

/** The bundle's hash to show it by, once checked and stored in the review space. */
export async function openStudentFromCohort(studentId: string): Promise<Result<string>> {
  const text = await desktopApi().readCohortStudent(studentId);
  if (!text.ok) return fail(text.error.code, text.error.message);
  return openBundleInReviewSpace({ name: `students/${studentId}/bundle.json`, content: text.value });
}
