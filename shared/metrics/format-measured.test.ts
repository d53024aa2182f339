import { describe, expect, it } from 'vitest';
import { formatMeasured } from './format-measured';

describe('formatMeasured', () => {
  it('shows a catalog ratio with its standard error and sample count', () => {
    expect(formatMeasured({ key: 'accuracy', value: 0.7102, stderr: 0.021, sampleCount: 200 })).toBe(
      '0.71 ± 0.02 (n = 200)',
    );
  });

  it('shows the sample count alone when the tool gave no standard error', () => {
    expect(formatMeasured({ key: 'accuracy', value: 0.61, sampleCount: 40 })).toBe('0.61 (n = 40)');
  });

  it('uses a custom metric’s own unit', () => {
    expect(
      formatMeasured({ key: 'custom:tokens-per-sample', value: 225, unit: 'tokens', sampleCount: 200 }),
    ).toBe('225 tokens (n = 200)');
  });

  it('a value without either reads as before', () => {
    expect(formatMeasured({ key: 'latency_p95_ms', value: 820 })).toBe('820 ms');
  });
});
