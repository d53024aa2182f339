import { describe, expect, it } from 'vitest';
import { parseNewCardsPerDay } from './new-card-limit';

describe('the new cards a day a person types', () => {
  it('takes a whole number from 0 to 100', () => {
    expect(parseNewCardsPerDay(' 15 ')).toEqual({ ok: true, value: 15 });
    expect(parseNewCardsPerDay('0')).toEqual({ ok: true, value: 0 });
  });

  it.each(['', '-3', '2.5', '101', 'ten', '1e2', 'NaN'])(
    'refuses %j with a sentence that names the field',
    (typed) => {
      const result = parseNewCardsPerDay(typed);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.message).toMatch(/^New cards a day must be a whole number from 0 to 100/);
    },
  );
});
