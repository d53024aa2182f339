import { describe, expect, it } from 'vitest';
import { countOf, formatCount, inlineLabel, pluralOf, sentenceLabel } from './plural';

describe('countOf', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(countOf(1, 'active day')).toBe('1 active day');
    expect(countOf(2, 'active day')).toBe('2 active days');
    expect(countOf(0, 'project')).toBe('0 projects');
    expect(countOf(1, 'project')).toBe('1 project');
    expect(countOf(1, 'run')).toBe('1 run');
    expect(countOf(12_345, 'metric')).toBe('12,345 metrics');
  });

  it('knows regular and irregular plurals, and takes an explicit one', () => {
    expect(pluralOf('entry')).toBe('entries');
    expect(pluralOf('criterion')).toBe('criteria');
    expect(pluralOf('match')).toBe('matches');
    expect(pluralOf('day')).toBe('days');
    expect(countOf(3, 'red flag')).toBe('3 red flags');
    expect(countOf(2, 'is', 'are')).toBe('2 are');
  });

  it('separates thousands', () => {
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
  });
});

describe('sentenceLabel and inlineLabel', () => {
  it('turns tokens and title case into one sentence case', () => {
    expect(sentenceLabel('not-started')).toBe('Not started');
    expect(sentenceLabel('Not Started')).toBe('Not started');
    expect(sentenceLabel('idea')).toBe('Idea');
    expect(sentenceLabel('eval-runs')).toBe('Eval runs');
    expect(sentenceLabel('evalRuns')).toBe('Eval runs');
    expect(sentenceLabel('LLM advice')).toBe('LLM advice');
    expect(inlineLabel('Not Started')).toBe('not started');
    expect(inlineLabel('idea')).toBe('idea');
    expect(inlineLabel('LLM advice')).toBe('LLM advice');
    expect(sentenceLabel('  ')).toBe('');
  });
});
