import { describe, expect, it } from 'vitest';
import type { Feedback } from '../domain/records';
import { selfChecksFrom } from './self-checks';

const row = (answer: unknown): Feedback => ({
  id: 'f',
  kind: 'mock-interview',
  inputHash: 'h',
  model: 'self',
  inputTokens: 0,
  outputTokens: 0,
  estimatedCostUsd: 0,
  answer,
  createdAt: '2026-11-21T10:00:00.000Z',
});

const grade = {
  skillId: 'rag',
  questionId: 'rag-q1',
  covered: 2,
  total: 4,
  gradedAt: '2026-11-21T10:00:00.000Z',
};

describe('self-check grades read back from stored answers', () => {
  it('keeps a possible grade', () => {
    expect(selfChecksFrom([row(grade)])).toEqual([grade]);
  });

  it.each([
    ['more points covered than the question has', { ...grade, covered: 9 }],
    ['a fraction of a point', { ...grade, covered: 1.5 }],
    ['a negative count', { ...grade, covered: -1 }],
    ['a question with no points', { ...grade, covered: 0, total: 0 }],
    ['no question named', { ...grade, questionId: '' }],
  ])('never counts a forged grade: %s', (_case, answer) => {
    expect(selfChecksFrom([row(answer)])).toEqual([]);
  });
});
