import { describe, expect, it } from 'vitest';
import { checkRun } from '../../../../../shared/portfolio/check-run';
import { runProblemText } from './run-problem-text';

describe('runProblemText', () => {
  it('names the field by its on-screen label, in a sentence, without raw tokens', () => {
    expect(runProblemText({ field: 'label', message: 'must be 120 characters or fewer (got 500).' })).toBe(
      'Label must be 120 characters or fewer (you entered 500).',
    );
    expect(
      runProblemText({ field: 'context.datasetSize', message: 'must be a whole number (got 2.5).' }),
    ).toBe('Dataset size must be a whole number (you entered 2.5).');
    expect(runProblemText({ field: 'metrics', message: 'a run needs at least one metric.' })).toBe(
      'A run needs at least one metric.',
    );
    expect(runProblemText({ field: 'run', message: 'That project no longer exists.' })).toBe(
      'That project no longer exists.',
    );
  });

  it('reads well for what the run check really says', () => {
    const checked = checkRun({
      label: 'x'.repeat(500),
      ranOn: '2026-11-20',
      context: {},
      metrics: [{ key: 'faithfulness', value: 1.7 }],
    });
    expect(checked.ok).toBe(false);
    const texts = checked.ok ? [] : checked.problems.map(runProblemText);
    expect(texts[0]).toBe('Label must be 120 characters or fewer (you entered 500).');
    for (const text of texts) {
      expect(text).not.toMatch(/^[a-z]+(\.[a-zA-Z]+|\[\d+\])*: /);
      expect(text).toMatch(/^[A-Z].*\.$/);
      expect(text).not.toContain('(got ');
    }
  });
});
