// Self-check results are stored as mock-interview feedback rows; this reads them back out.
import type { Feedback } from '../domain/records';
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

export function selfChecksFrom(feedback: Feedback[]): SelfCheckResult[] {
  return feedback
    .filter((row) => row.kind === 'mock-interview')
    .map((row) => row.answer)
    .filter(isSelfCheck);
}
