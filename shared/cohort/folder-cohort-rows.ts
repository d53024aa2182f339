// The cohort table of a cohort folder: one row per student of the folder's index, each from the scored row
// of that student's bundle, or naming why it cannot be read; and which students still need scoring.
import { type CohortColumn, type CohortRow, cohortColumns } from './cohort-row';
import type { CohortStudentLine } from './folder-index';
import type { ScoredText } from './score-bundle-text';

export type FolderCohortRow = CohortRow & {
  studentId: string;
  /** Why this student's bundle is not scored (a conflict, a failed check); null when it is. */
  problem: string | null;
};

/**
 * A scored bundle is known by its hash and the file's modification time: a bundle the folder still holds
 * unchanged is not read again, and a file edited by hand under the same hash is.
 */
export const scoredKey = (line: CohortStudentLine) => `${line.bundleHash}\u0000${line.publishedAt}`;

const noScores = Object.fromEntries(cohortColumns.map(([key]) => [key, null])) as Record<
  CohortColumn,
  number | null
>;

export function folderRow(line: CohortStudentLine, scored: ScoredText): FolderCohortRow {
  if (scored.ok) return { ...scored.row, studentId: line.studentId, problem: null };
  return {
    ...noScores,
    hash: line.bundleHash ?? '',
    owner: line.owner.trim() || 'Unnamed student',
    readyToApply: false,
    missing: null,
    studentId: line.studentId,
    problem: scored.problem,
  };
}

export interface FolderRowPlan {
  /** The rows known now: from the cache, or the index's own problem. */
  rows: FolderCohortRow[];
  /** Students whose bundle must be read and scored. */
  toRead: CohortStudentLine[];
}

export function planFolderRows(
  students: readonly CohortStudentLine[],
  scored: ReadonlyMap<string, ScoredText>,
): FolderRowPlan {
  const rows: FolderCohortRow[] = [];
  const toRead: CohortStudentLine[] = [];
  for (const line of students) {
    const known = line.problem ? { ok: false as const, problem: line.problem } : scored.get(scoredKey(line));
    if (known) rows.push(folderRow(line, known));
    else toRead.push(line);
  }
  return { rows, toRead };
}
