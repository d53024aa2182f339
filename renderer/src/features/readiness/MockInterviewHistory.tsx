// Your earlier answers to the question on screen and how each was graded, newest first.
import { useMemo } from 'react';
import { formatMoment } from '../../../../shared/progress/format-day';
import { type HistoryGrader, interviewHistory } from '../../../../shared/readiness/mock-history';
import { countOf } from '../../../../shared/text/plural';
import { useMockInterviewRows } from '../../db/live-feedback';

const graderWords: Record<HistoryGrader, string> = {
  self: 'graded by you',
  'llm-confirmed': 'graded by the LLM, confirmed by you',
  'llm-unconfirmed': 'graded by the LLM, not confirmed (counts nothing)',
};

export function MockInterviewHistory({ questionId }: { questionId: string }) {
  const rows = useMockInterviewRows();
  const attempts = useMemo(() => (rows ? interviewHistory(rows, questionId) : []), [rows, questionId]);
  if (attempts.length === 0) return null;
  return (
    <details className="interview-history">
      <summary>Your earlier answers to this question ({countOf(attempts.length, 'answer')})</summary>
      <ol aria-label="Earlier answers to this question">
        {attempts.map((attempt) => (
          <li key={attempt.id}>
            <p className="muted small">
              {formatMoment(attempt.at)} · {attempt.covered} of {attempt.total} points ·{' '}
              {graderWords[attempt.grader]}
              {attempt.llm ? ` · LLM grade ${attempt.llm.score} of 100` : ''}
            </p>
            {attempt.answerText && <p className="quote">{attempt.answerText}</p>}
            {attempt.llm && <p className="small">{attempt.llm.feedback}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}
