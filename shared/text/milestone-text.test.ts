import { describe, expect, it } from 'vitest';
import { criteriaShownInText, milestoneText, shortTitle } from './milestone-text';

const criterion =
  'Replies appear in the terminal token by token, and the median time to first token over 20 scripted turns is 1,000 ms or less, with the measurements saved to a file that the README links to, so a reviewer can check the claim against the raw numbers without rerunning anything.';

describe('milestone text', () => {
  it('cuts a long criterion at a word boundary for the title, never mid-word', () => {
    const title = shortTitle(criterion);
    expect(Array.from(title).length).toBeLessThanOrEqual(200);
    expect(title.endsWith('…')).toBe(true);
    const stem = title.slice(0, -1);
    expect(criterion.startsWith(stem)).toBe(true);
    expect(criterion.charAt(stem.length)).toMatch(/[\s,]/);
    expect(shortTitle('Short criterion.')).toBe('Short criterion.');
  });

  it('shows the whole criterion when the title is a shortened copy of it', () => {
    const milestone = { title: shortTitle(criterion), acceptanceCriteria: criterion };
    expect(milestoneText(milestone)).toBe(criterion);
    expect(criteriaShownInText(milestone)).toBe(true);
    // Titles cut by older versions mid-word at 197 characters read whole too.
    expect(milestoneText({ title: `${criterion.slice(0, 197)}…`, acceptanceCriteria: criterion })).toBe(
      criterion,
    );
  });

  it('keeps a title the person wrote, with its criteria apart', () => {
    const milestone = { title: 'Streaming works', acceptanceCriteria: criterion };
    expect(milestoneText(milestone)).toBe('Streaming works');
    expect(criteriaShownInText(milestone)).toBe(false);
    expect(milestoneText({ title: 'No criteria', acceptanceCriteria: '' })).toBe('No criteria');
  });
});
