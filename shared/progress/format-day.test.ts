import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, formatDayOf, formatMoment, resetDateLocales, setDateLocales } from './format-day';

afterEach(() => resetDateLocales());

describe('formatDay', () => {
  it('writes a day as month, day and year', () => {
    expect(formatDay('2027-03-14')).toBe('Mar 14, 2027');
    expect(formatDay('2026-12-01')).toBe('Dec 1, 2026');
  });

  it('returns anything that is not a day unchanged', () => {
    expect(formatDay('2027-13-01')).toBe('2027-13-01');
    expect(formatDay('soon')).toBe('soon');
  });

  it("once the person's locale is set, writes days in it, the same day in every time zone", () => {
    setDateLocales(['fr-FR']);
    expect(formatDay('2027-03-14')).toBe('14 mars 2027');
    setDateLocales(['de-DE']);
    expect(formatDay('2026-12-01')).toBe('1. Dez. 2026');
    setDateLocales(['en-US']);
    expect(formatDay('2027-03-14')).toBe('Mar 14, 2027');
  });

  it('skips a locale tag it cannot read and uses the next one', () => {
    setDateLocales(['not a locale!', 'fr-FR']);
    expect(formatDay('2027-03-14')).toBe('14 mars 2027');
  });
});

describe('formatDayOf and formatMoment', () => {
  it('write a time stamp as its local day, with the time for a moment', () => {
    const stamp = new Date(2027, 2, 14, 9, 5).toISOString();
    expect(formatDayOf(stamp)).toBe('Mar 14, 2027');
    expect(formatMoment(stamp)).toBe('Mar 14, 2027, 09:05');
    setDateLocales(['fr-FR']);
    expect(formatDayOf(stamp)).toBe('14 mars 2027');
    expect(formatMoment(stamp)).toContain('09:05');
  });

  it('return an unreadable time stamp unchanged', () => {
    expect(formatDayOf('yesterday')).toBe('yesterday');
    expect(formatMoment('yesterday')).toBe('yesterday');
  });
});
