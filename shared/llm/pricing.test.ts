// Cost and cap arithmetic never turns a server's numbers into a way around the cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMonthlyCap, estimateCostUsd, worstCaseCostUsd } from './pricing';
import { clampTokens, inputTokenBound } from './usage';

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -1, 1e308),
);

describe('estimateCostUsd', () => {
  it('is always a finite, non-negative number, whatever the counts', () => {
    fc.assert(
      fc.property(fc.string(), anyNumber, anyNumber, fc.boolean(), (model, input, output, local) => {
        const cost = estimateCostUsd(model, input, output, local);
        expect(Number.isFinite(cost) && cost >= 0).toBe(true);
      }),
    );
  });

  it('prices by model family, and a local server at nothing', () => {
    expect(estimateCostUsd('claude-haiku-5', 1000, 100)).toBe(0.0015);
    expect(estimateCostUsd('claude-opus-9', 1000, 100)).toBe(0.0225);
    expect(estimateCostUsd('claude-opus-9', 1000, 100, true)).toBe(0);
  });
});

describe('checkMonthlyCap', () => {
  it('lets a request through only when every figure is sane and the worst case fits', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, (spent, worst, cap) => {
        const sane = [spent, worst, cap].every((n) => Number.isFinite(n) && n >= 0);
        expect(checkMonthlyCap(spent, worst, cap).ok).toBe(sane && spent + worst <= cap);
      }),
    );
  });

  it('names the sum and the cap when it refuses', () => {
    const refused = checkMonthlyCap(4.5, 0.75, 5);
    expect(refused).toEqual({
      ok: false,
      message: expect.stringContaining('$5.25, above your cap of $5.00'),
    });
  });
});

describe('clampTokens', () => {
  it('gives a whole number within the bound, or null for anything that is not a usable count', () => {
    fc.assert(
      fc.property(fc.oneof(anyNumber, fc.string(), fc.constant(null)), fc.nat(), (raw, bound) => {
        const count = clampTokens(raw, bound);
        if (count === null) return;
        expect(Number.isInteger(count) && count >= 0 && count <= bound).toBe(true);
      }),
    );
    expect(clampTokens(-3, 100)).toBeNull();
    expect(clampTokens(Number.POSITIVE_INFINITY, 100)).toBeNull();
    expect(clampTokens(1e12, 100)).toBe(100);
  });

  it('keeps every priced answer within the worst case the cap allowed for', () => {
    fc.assert(
      fc.property(
        anyNumber,
        anyNumber,
        fc.string({ maxLength: 2000 }),
        fc.integer({ min: 64, max: 16384 }),
        (inRaw, outRaw, user, maxTokens) => {
          const request = { system: 's', user, maxTokens };
          const input =
            clampTokens(inRaw, inputTokenBound(1 + user.length)) ?? inputTokenBound(1 + user.length);
          const output = clampTokens(outRaw, maxTokens) ?? maxTokens;
          expect(estimateCostUsd('claude-opus-9', input, output)).toBeLessThanOrEqual(
            worstCaseCostUsd('claude-opus-9', request, false),
          );
        },
      ),
    );
  });
});
