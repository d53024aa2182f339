// The cohort table's rows for a connected cohort folder: each student's latest bundle read from the folder
// and scored in a worker, a few at a time; a bundle scored before and still unchanged is not read again,
// so a pull that brought one new bundle scores one student.
import { useEffect, useState } from 'react';
import {
  type FolderCohortRow,
  folderRow,
  planFolderRows,
  scoredKey,
} from '../../../../shared/cohort/folder-cohort-rows';
import type { CohortStudentLine } from '../../../../shared/cohort/folder-index';
import { studentBundlePath } from '../../../../shared/cohort/layout';
import type { ScoredText } from '../../../../shared/cohort/score-bundle-text';
import type { Curriculum } from '../../../../shared/content/schema';
import { desktopApi } from '../../platform/desktop-api';
import { type BundleScorer, startBundleScorer } from './score-in-worker';

export interface FolderCohortRows {
  /** Every student scored so far, and those whose bundle cannot be read, with the problem. */
  rows: FolderCohortRow[];
  scored: number;
  total: number;
}

/** Reads in flight at once: the folder may be on a network share, and the worker scores one at a time. */
const lanes = 3;
/** Rows draw at most this often while students are scored, not once per student. */
const drawEveryMs = 50;

/** Scores of the folder's bundles as last read; kept between visits to the page, for one curriculum. */
let cache: { curriculum: Curriculum; scored: Map<string, ScoredText> } | null = null;

type OnScored = (line: CohortStudentLine, scored: ScoredText, keep: boolean) => void;

async function scoreStudents(
  lines: readonly CohortStudentLine[],
  scorer: BundleScorer,
  onScored: OnScored,
  stopped: () => boolean,
) {
  let next = 0;
  const lane = async () => {
    for (let line = lines[next++]; line && !stopped(); line = lines[next++]) {
      const name = studentBundlePath(line.studentId);
      try {
        const text = await desktopApi().readCohortStudent(line.studentId);
        // A failed read (a file git is replacing) is not kept: the next read of the folder tries again.
        if (!text.ok)
          onScored(line, { ok: false, problem: `${name} could not be read: ${text.error.message}` }, false);
        else onScored(line, await scorer.score(name, text.value), true);
      } catch (error) {
        if (!stopped())
          onScored(
            line,
            { ok: false, problem: `${name} was not scored: ${(error as Error).message}` },
            false,
          );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, lines.length) }, lane));
}

/** Null until there is a curriculum and a folder with students. */
export function useFolderCohortRows(
  curriculum: Curriculum | undefined,
  students: readonly CohortStudentLine[] | null,
): FolderCohortRows | null {
  const [state, setState] = useState<FolderCohortRows | null>(null);
  // Each read of the folder is a new index; only a student's bundle, owner or problem changing scores anew.
  const signature = students
    ?.map((line) => [line.studentId, scoredKey(line), line.owner, line.problem].join('\u0001'))
    .join('\u0002');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `signature` stands for `students`.
  useEffect(() => {
    if (!curriculum || !students) return setState(null);
    if (cache?.curriculum !== curriculum) cache = { curriculum, scored: new Map() };
    const scored = cache.scored;
    const current = new Set(students.map(scoredKey));
    for (const key of scored.keys()) if (!current.has(key)) scored.delete(key);
    const plan = planFolderRows(students, scored);
    const rows = new Map(plan.rows.map((row) => [row.studentId, row]));
    const draw = () => setState({ rows: [...rows.values()], scored: rows.size, total: students.length });
    draw();
    if (plan.toRead.length === 0) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scorer = startBundleScorer(curriculum);
    const onScored: OnScored = (line, result, keep) => {
      if (stopped) return;
      if (keep) scored.set(scoredKey(line), result);
      rows.set(line.studentId, folderRow(line, result));
      timer ??= setTimeout(() => {
        timer = undefined;
        draw();
      }, drawEveryMs);
    };
    void scoreStudents(plan.toRead, scorer, onScored, () => stopped).then(() => {
      if (stopped) return;
      scorer.stop();
      clearTimeout(timer);
      draw();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      scorer.stop();
    };
  }, [curriculum, signature]);
  return state;
}
