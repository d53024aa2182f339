// From a student's bundle file to their cohort row, or the problem that keeps it out: what the cohort
// worker runs for each student of the folder (and the page itself where no worker can start).
import { parseBundle } from '../bundle/parse-bundle';
import type { Curriculum } from '../content/schema';
import { problemText } from '../text/problem-text';
import { type CohortRow, cohortRow } from './cohort-row';

export type ScoredText = { ok: true; row: CohortRow } | { ok: false; problem: string };

/** `name` is the file's path in the folder, for the sentence; the bundle is checked in full first. */
export async function scoreBundleText(
  curriculum: Curriculum,
  name: string,
  text: string,
): Promise<ScoredText> {
  const checked = await parseBundle(text);
  if (!checked.ok) {
    const problems = checked.problems
      .slice(0, 3)
      .map((p) => problemText(p))
      .join(' ');
    return { ok: false, problem: `${name} cannot be read: ${problems}` };
  }
  return { ok: true, row: cohortRow(curriculum, checked.value) };
}
