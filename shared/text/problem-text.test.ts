import { describe, expect, it } from 'vitest';
import { fieldPathText, problemText, typedProblemText } from './problem-text';

describe('problemText', () => {
  it('names a field in words, rows counted from 1, with the message as a sentence', () => {
    expect(
      problemText({
        field: 'sections.progress[0].status',
        message: 'must be "pending", "in-progress", "done" or "skipped" (got "finished").',
      }),
    ).toBe(
      'Progress 1 › status: Must be "pending", "in-progress", "done" or "skipped" (the file has "finished").',
    );
    expect(fieldPathText('sections.evalRuns[3].context.datasetSize')).toBe(
      'Eval run 4 › context › dataset size',
    );
    expect(fieldPathText('owner.name')).toBe('Owner › name');
    expect(fieldPathText('sections.activities[1]')).toBe('Activity 2');
  });

  it('leaves out the field when the problem is about the whole file', () => {
    expect(problemText({ field: 'file', message: '… and 10 more problems.' })).toBe(
      '… and 10 more problems.',
    );
    expect(
      problemText({ field: 'contentHash', message: 'the file was changed after export (hash mismatch)' }),
    ).toBe('Content hash: The file was changed after export (hash mismatch).');
  });
});

describe('typedProblemText', () => {
  it('says what the person entered, not what a file has', () => {
    expect(typedProblemText({ field: 'label', message: 'must be 120 characters or fewer (got 500)' })).toBe(
      'Label: Must be 120 characters or fewer (you entered 500).',
    );
  });
});
