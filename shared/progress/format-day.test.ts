import { describe, expect, it } from 'vitest';
import { formatDay } from './format-day';

describe('formatDay', () => {
  it('writes a day as month, day and year', () => {
    expect(formatDay('2027-03-14')).toBe('Mar 14, 2027');
    expect(formatDay('2026-12-01')).toBe('Dec 1, 2026');
  });

  it('returns anything that is not a day unchanged', () => {
    expect(formatDay('2027-13-01')).toBe('2027-13-01');
    expect(formatDay('soon')).toBe('soon');
  });
});
