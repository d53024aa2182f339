import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../portfolio/types';
import { downsample } from './downsample';

const line = (length: number, y: (x: number) => number = (x) => x): Point[] =>
  Array.from({ length }, (_, x) => ({ x, y: y(x) }));

/** True when `part` appears in `whole` in the same order (the same objects). */
const isSubsequence = (part: Point[], whole: Point[]) => {
  let cursor = 0;
  for (const point of part) {
    while (cursor < whole.length && whole[cursor] !== point) cursor += 1;
    if (cursor === whole.length) return false;
    cursor += 1;
  }
  return true;
};

describe('downsample', () => {
  it('handles empty and tiny series', () => {
    expect(downsample([], 10)).toEqual([]);
    expect(downsample([{ x: 1, y: 2 }], 10)).toEqual([{ x: 1, y: 2 }]);
    expect(downsample(line(2), 1)).toEqual(line(2));
  });

  it('returns a copy when the series already fits', () => {
    const points = line(100);
    const result = downsample(points, 100);
    expect(result).toEqual(points);
    expect(result).not.toBe(points);
  });

  it('treats a budget under 4 as 4, and NaN as 4', () => {
    expect(downsample(line(100), 1)).toHaveLength(4);
    expect(downsample(line(100), Number.NaN)).toHaveLength(4);
    expect(downsample(line(3), 2)).toEqual(line(3));
  });

  it('keeps the ends and the shape of a long series within the budget', () => {
    const points = line(5000, (x) => Math.sin(x / 100));
    const result = downsample(points, 300);
    expect(result).toHaveLength(300);
    expect(result[0]).toBe(points[0]);
    expect(result.at(-1)).toBe(points.at(-1));
  });

  it('keeps a single spike that the buckets would otherwise smooth away', () => {
    const points = line(1000, (x) => (x === 501 ? 50 : x === 503 ? -50 : 0));
    const result = downsample(points, 5);
    expect(result.length).toBeLessThanOrEqual(5);
    expect(result.map((point) => point.y)).toContain(50);
    expect(result.map((point) => point.y)).toContain(-50);
    expect(result.map((point) => point.x)).toEqual([...result.map((point) => point.x)].sort((a, b) => a - b));
  });

  it('copes with equal x values', () => {
    const points = Array.from({ length: 50 }, (_, index) => ({ x: Math.floor(index / 10), y: index % 7 }));
    const result = downsample(points, 8);
    expect(result.length).toBeLessThanOrEqual(8);
    expect(isSubsequence(result, points)).toBe(true);
  });

  it('is bounded, keeps first, last, lowest and highest, and stays sorted', () => {
    const point = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
    });
    const series = fc
      .oneof(fc.array(point, { maxLength: 12 }), fc.array(point, { maxLength: 5000, size: 'max' }))
      .map((points) => points.sort((a, b) => a.x - b.x));
    fc.assert(
      fc.property(series, fc.integer({ min: -5, max: 600 }), (points, maxPoints) => {
        const result = downsample(points, maxPoints);
        const ys = points.map((point) => point.y);
        const kept = result.map((point) => point.y);
        expect(result.length).toBeLessThanOrEqual(Math.max(maxPoints, 4));
        expect(isSubsequence(result, points)).toBe(true);
        if (points.length === 0) return;
        expect(result[0]).toBe(points[0]);
        expect(result.at(-1)).toBe(points.at(-1));
        expect(kept).toContain(Math.min(...ys));
        expect(kept).toContain(Math.max(...ys));
        result.slice(1).forEach((point, index) => {
          expect(point.x).toBeGreaterThanOrEqual(result[index]?.x ?? Number.NEGATIVE_INFINITY);
        });
      }),
      { numRuns: 200 },
    );
  });
});
