import { describe, expect, it } from 'vitest';
import type { Feedback } from '../domain/records';
import { interviewHistory } from './mock-history';

const row = (id: string, createdAt: string, answer: Record<string, unknown>): Feedback => ({
  id,
  kind: 'mock-interview',
  inputHash: `hash-${id}`,
  model: 'self',
  inputTokens: 0,
  outputTokens: 0,
  estimatedCostUsd: 0,
  answer: { skillId: 'rag', total: 5, gradedAt: createdAt, ...answer },
  createdAt,
});

describe('interviewHistory', () => {
  it('lists each answer to the question with its grade, newest first, leaving other questions out', () => {
    const history = interviewHistory(
      [
        row('a', '2026-11-01T10:00:00.000Z', {
          questionId: 'q1',
          covered: 2,
          grader: 'self',
          answerText: 'First try',
        }),
        row('b', '2026-11-02T10:00:00.000Z', {
          questionId: 'q2',
          covered: 5,
          grader: 'self',
          answerText: 'Other',
        }),
        row('c', '2026-11-03T10:00:00.000Z', {
          questionId: 'q1',
          covered: 4,
          grader: 'self',
          answerText: 'Better',
        }),
      ],
      'q1',
    );
    expect(history.map((a) => [a.answerText, a.covered, a.grader])).toEqual([
      ['Better', 4, 'self'],
      ['First try', 2, 'self'],
    ]);
  });

  it("merges an LLM's grade with the person's confirmation into one entry, keeping the LLM's words", () => {
    const history = interviewHistory(
      [
        row('l', '2026-11-04T10:00:00.000Z', {
          questionId: 'q1',
          covered: 4,
          grader: 'llm',
          answerText: 'Hybrid search',
          grade: { covered: [0, 1, 2, 3], missing: [4], score: 80, feedback: 'Name the reranker.' },
        }),
        row('k', '2026-11-04T10:01:00.000Z', {
          questionId: 'q1',
          covered: 3,
          grader: 'llm',
          confirmedAt: '2026-11-04T10:01:00.000Z',
          answerText: 'Hybrid search',
        }),
      ],
      'q1',
    );
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      grader: 'llm-confirmed',
      covered: 3,
      llm: { score: 80, feedback: 'Name the reranker.' },
    });
  });

  it('shows an LLM grade not confirmed yet as such, and skips rows that are not grades', () => {
    const history = interviewHistory(
      [
        row('l', '2026-11-04T10:00:00.000Z', {
          questionId: 'q1',
          covered: 2,
          grader: 'llm',
          answerText: 'Short',
          grade: { score: 40, feedback: 'Too short.' },
        }),
        row('x', '2026-11-05T10:00:00.000Z', { questionId: 'q1', covered: 'lots' }),
      ],
      'q1',
    );
    expect(history.map((a) => a.grader)).toEqual(['llm-unconfirmed']);
  });
});
