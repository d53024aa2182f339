import { describe, expect, it } from 'vitest';
import { describeRoughSize, describeSize } from './describe-size';

describe('sizes in words', () => {
  it.each([
    [64 * 1024 * 1024, '64 MB'],
    [67_200_002, '67,200,002 bytes'],
    [1000, '1,000 bytes'],
    [1, '1 byte'],
  ])('exactly: %i bytes read as %s', (size, text) => {
    expect(describeSize(size)).toBe(text);
  });

  it.each([
    [1.5 * 1024 * 1024, '1.5 MB'],
    [2048, '2.0 KB'],
    [512, '512 bytes'],
    [1, '1 byte'],
  ])('roughly: %i bytes read as %s', (size, text) => {
    expect(describeRoughSize(size)).toBe(text);
  });
});
