// Self-check results are stored as mock-interview feedback rows; this reads them back out.
import type { Feedback } from '../domain/records';
import { selfCheckGradeProblem } from '../domain/self-check-grade';
import type { SelfCheckResult } from './types';

function isSelfCheck(answer: unknown): answer is SelfCheckResult {
  const a = answer as Partial<SelfCheckResult> | null;
  return (
    !!a &&
    typeof a.skillId === 'string' &&
    typeof a.questionId === 'string' &&
    typeof a.covered === 'number' &&
    typeof a.total === 'number' &&
    typeof a.gradedAt === 'string'
  );
}

/** Only the fields readiness reads; an unknown grader is not evidence, and an LLM grade needs its confirmation. */
function clean(answer: SelfCheckResult): SelfCheckResult | null {
  const { skillId, questionId, covered, total, gradedAt, grader, confirmedAt } = answer;
  if (grader !== undefined && grader !== 'self' && grader !== 'llm') return null;
  const result: SelfCheckResult = { skillId, questionId, covered, total, gradedAt };
  if (grader) result.grader = grader;
  if (typeof confirmedAt === 'string' && confirmedAt !== '') result.confirmedAt = confirmedAt;
  return result;
}

export function selfChecksFrom(feedback: Feedback[]): SelfCheckResult[] {
  const results: SelfCheckResult[] = [];
  for (const row of feedback) {
    // A forged or broken grade (covered above the total, fractions, no question) is never evidence.
    if (row.kind !== 'mock-interview' || !isSelfCheck(row.answer) || selfCheckGradeProblem(row.answer))
      continue;
    const result = clean(row.answer);
    if (result) results.push(result);
  }
  return results;
}
