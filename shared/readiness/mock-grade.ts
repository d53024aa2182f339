// An LLM's grade of a mock-interview answer, made safe to count: graded point indexes de-duplicated and bounded by
// the question's points, covered and missing disjoint; it counts only once the person confirms the checklist.
import type { SelfCheckResult } from './types';

export interface LlmGrade {
  covered: number[];
  missing: number[];
}

export interface CheckedGrade {
  covered: number[];
  missing: number[];
  /** What was dropped, in words, for the person to see before confirming. */
  dropped: string[];
}

const isIndex = (value: number, pointCount: number) =>
  Number.isInteger(value) && value >= 0 && value < pointCount;

/** Keeps each index once, within 0..pointCount-1; an index both covered and missing counts as missing. */
export function checkLlmGrade(grade: LlmGrade, pointCount: number): CheckedGrade {
  const dropped: string[] = [];
  const collect = (values: number[], name: string) => {
    const kept = new Set<number>();
    for (const value of values) {
      if (!isIndex(value, pointCount))
        dropped.push(`${name} point ${value} is not one of the ${pointCount} points`);
      else if (kept.has(value)) dropped.push(`${name} point ${value} was listed twice`);
      else kept.add(value);
    }
    return kept;
  };
  const covered = collect(grade.covered, 'covered');
  const missing = collect(grade.missing, 'missing');
  for (const value of covered) {
    if (!missing.has(value)) continue;
    covered.delete(value);
    dropped.push(`point ${value} was both covered and missing; it counts as missing`);
  }
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return { covered: sorted(covered), missing: sorted(missing), dropped };
}

/**
 * The result to store once the person confirmed the ticked checklist (possibly after unticking points). Ticks
 * outside the question's points are ignored; without a confirmation time the grade is not evidence.
 */
export function confirmedLlmResult(
  question: { skillId: string; questionId: string; pointCount: number },
  ticked: number[],
  gradedAt: string,
  confirmedAt: string,
): SelfCheckResult {
  const covered = new Set(ticked.filter((value) => isIndex(value, question.pointCount)));
  return {
    skillId: question.skillId,
    questionId: question.questionId,
    covered: covered.size,
    total: question.pointCount,
    gradedAt,
    grader: 'llm',
    confirmedAt,
  };
}
