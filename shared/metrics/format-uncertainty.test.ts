import { describe, expect, it } from 'vitest';
import { formatWithUncertainty } from './format-uncertainty';

describe('formatWithUncertainty', () => {
  it('rounds the value to the standard error and gives the sample count', () => {
    expect(formatWithUncertainty(0.7123, 'ratio', { stderr: 0.0187, sampleCount: 200 })).toBe(
      '0.71 ± 0.02 (n = 200)',
    );
    expect(formatWithUncertainty(0.7123, 'ratio', { stderr: 0.0032, sampleCount: 1200 })).toBe(
      '0.712 ± 0.003 (n = 1,200)',
    );
  });

  it('keeps a rounded-up error at the right precision (0.096 → 0.1)', () => {
    expect(formatWithUncertainty(0.64, 'ratio', { stderr: 0.096 })).toBe('0.6 ± 0.1');
  });

  it('writes units around both numbers', () => {
    expect(formatWithUncertainty(412.4, 'ms', { stderr: 18, sampleCount: 50 })).toBe('412 ± 20 ms (n = 50)');
    expect(formatWithUncertainty(0.4123, 'usd', { stderr: 0.021 })).toBe('$0.41 ± $0.02');
    expect(formatWithUncertainty(3.21, 'points', { stderr: 0.2 })).toBe('3.2 ± 0.2 points');
  });

  it('falls back to the plain value without an error, and to a dash when nothing was measured', () => {
    expect(formatWithUncertainty(0.8, 'ratio', { sampleCount: 30 })).toBe('0.8 (n = 30)');
    expect(formatWithUncertainty(0.8, 'ratio', {})).toBe('0.8');
    expect(formatWithUncertainty(Number.NaN, 'ratio', { stderr: 0.1, sampleCount: 3 })).toBe('—');
    expect(formatWithUncertainty(0.8, 'ratio', { stderr: Number.NaN, sampleCount: 3 })).toBe('0.8 (n = 3)');
  });
});
