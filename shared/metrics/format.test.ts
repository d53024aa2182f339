import { describe, expect, it } from 'vitest';
import { formatChange, formatMetricValue } from './format';

describe('formatMetricValue', () => {
  it('shows each unit the way people read it', () => {
    expect(formatMetricValue(0.8234, 'ratio')).toBe('0.823');
    expect(formatMetricValue(0.8, 'ratio')).toBe('0.8');
    expect(formatMetricValue(0, 'ratio')).toBe('0');
    expect(formatMetricValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatMetricValue(0.4, 'usd')).toBe('$0.40');
    expect(formatMetricValue(2.5, 'x')).toBe('2.5 x');
    expect(formatMetricValue(Number.NaN, 'ms')).toBe('—');
  });

  it('signs a change and gives its relative size', () => {
    expect(formatChange(0.08, 0.108, 'ratio')).toBe('+0.08 (+11%)');
    expect(formatChange(-120, -0.08, 'ms')).toBe('−120 ms (−8%)');
    expect(formatChange(0, null, 'ratio')).toBe('±0');
  });
});
