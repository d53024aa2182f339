// The history of one mock-interview question: each answer the person gave, when, and how it was graded, newest
// first. An LLM's grade and the person's confirmation of it are one entry (the confirmed checklist, the LLM's words).
import type { Feedback } from '../domain/records';

export type HistoryGrader = 'self' | 'llm-confirmed' | 'llm-unconfirmed';

export interface InterviewAttempt {
  id: string;
  at: string;
  answerText: string;
  covered: number;
  total: number;
  grader: HistoryGrader;
  /** The LLM's own score out of 100 and its feedback, when an LLM graded the answer. */
  llm?: { score: number; feedback: string };
}

interface StoredAnswer {
  questionId?: unknown;
  covered?: unknown;
  total?: unknown;
  grader?: unknown;
  confirmedAt?: unknown;
  answerText?: unknown;
  grade?: { score?: unknown; feedback?: unknown };
}

function llmWords(answer: StoredAnswer): InterviewAttempt['llm'] | undefined {
  const { grade } = answer;
  if (!grade || typeof grade.score !== 'number' || typeof grade.feedback !== 'string') return undefined;
  return { score: grade.score, feedback: grade.feedback };
}

export function interviewHistory(feedback: readonly Feedback[], questionId: string): InterviewAttempt[] {
  const attempts: InterviewAttempt[] = [];
  const llmGrades = new Map<string, InterviewAttempt['llm']>();
  const rows = feedback
    .filter((row) => row.kind === 'mock-interview')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const row of rows) {
    const answer = (row.answer ?? {}) as StoredAnswer;
    if (answer.questionId !== questionId) continue;
    if (typeof answer.covered !== 'number' || typeof answer.total !== 'number') continue;
    const answerText = typeof answer.answerText === 'string' ? answer.answerText : '';
    const confirmed = answer.grader === 'llm' && typeof answer.confirmedAt === 'string';
    const llm = llmWords(answer);
    if (answer.grader === 'llm' && !confirmed && llm) llmGrades.set(answerText, llm);
    if (confirmed) {
      // The confirmation replaces the LLM's unconfirmed entry for the same answer.
      const index = attempts.findIndex((a) => a.grader === 'llm-unconfirmed' && a.answerText === answerText);
      if (index >= 0) attempts.splice(index, 1);
    }
    const words = llm ?? (confirmed ? llmGrades.get(answerText) : undefined);
    attempts.push({
      id: row.id,
      at: row.createdAt,
      answerText,
      covered: answer.covered,
      total: answer.total,
      grader: answer.grader === 'llm' ? (confirmed ? 'llm-confirmed' : 'llm-unconfirmed') : 'self',
      ...(words ? { llm: words } : {}),
    });
  }
  return attempts.reverse();
}
