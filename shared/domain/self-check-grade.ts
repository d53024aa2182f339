// What makes a stored self-check grade possible: a grade for a named question with whole numbers of points,
// covered between 0 and the total. Anything else (a forged or broken grade) is never evidence.

/** Why `answer` is not a possible self-check grade, or null when it is one. */
export function selfCheckGradeProblem(answer: unknown): string | null {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return 'is not a grade.';
  const { skillId, questionId, covered, total } = answer as Record<string, unknown>;
  if (typeof skillId !== 'string' || skillId === '' || typeof questionId !== 'string' || questionId === '')
    return 'does not name the skill and question it grades.';
  if (!Number.isInteger(total) || (total as number) < 1 || (total as number) > 100)
    return `has ${String(total)} points in all; a question has 1 to 100.`;
  if (!Number.isInteger(covered) || (covered as number) < 0 || (covered as number) > (total as number))
    return `covers ${String(covered)} of ${String(total)} points, which no answer can.`;
  return null;
}

/** True when the answer claims to be a self-check grade at all (it carries any of its fields). */
export function looksLikeSelfCheckGrade(answer: unknown): boolean {
  if (answer === null || typeof answer !== 'object') return false;
  return ['skillId', 'questionId', 'covered', 'total'].some((field) => field in answer);
}
