// Shrinks a long chart series to a few hundred points that keep its shape, its extremes and its ends.
import type { Point } from '../portfolio/types';

/** The smallest budget that still leaves room for the ends and both extremes. */
const minimumBudget = 4;

/**
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013) in linear time.
 *
 * `points` must already be sorted by x (equal x values are fine); the result is a subsequence of it, so it
 * stays sorted. Guarantees: at most `max(maxPoints, 4)` points; the first and last points are kept; a point
 * with the lowest y and one with the highest y are kept, swapped in for their bucket's pick when LTTB
 * dropped them, so a spike never disappears from a chart. With `points.length <= maxPoints` it returns a copy.
 */
export function downsample(points: Point[], maxPoints: number): Point[] {
  const budget = Number.isNaN(maxPoints) ? minimumBudget : Math.max(minimumBudget, Math.floor(maxPoints));
  if (points.length <= budget) return points.slice();
  const buckets = new Buckets(points.length, budget);
  const picks = pickByTriangles(points, buckets);
  keepExtremes(points, buckets, picks);
  return picks.flat().flatMap((index) => points[index] ?? []);
}

/**
 * The middle points 1..n-2 split into `budget - 2` contiguous, non-empty buckets; bucket 0 is the first point
 * and bucket `budget - 1` the last. Integer arithmetic keeps the edges exact for any length.
 */
class Buckets {
  readonly count: number;

  constructor(
    private readonly length: number,
    budget: number,
  ) {
    this.count = budget;
  }

  /** First point index of bucket `bucket` (0 for the first bucket, length - 1 for the last). */
  start(bucket: number): number {
    if (bucket <= 0) return 0;
    if (bucket >= this.count - 1) return this.length - 1;
    return Math.floor(((bucket - 1) * (this.length - 2)) / (this.count - 2)) + 1;
  }

  /** One past the last point index of bucket `bucket`. */
  end(bucket: number): number {
    return bucket >= this.count - 1 ? this.length : this.start(bucket + 1);
  }

  /** The bucket that holds point `index`. */
  of(index: number): number {
    if (index <= 0) return 0;
    if (index >= this.length - 1) return this.count - 1;
    let bucket = Math.min(
      this.count - 2,
      Math.floor(((index - 1) * (this.count - 2)) / (this.length - 2)) + 1,
    );
    while (bucket > 1 && this.start(bucket) > index) bucket -= 1;
    while (bucket < this.count - 2 && this.end(bucket) <= index) bucket += 1;
    return bucket;
  }
}

function average(points: Point[], from: number, to: number): Point {
  let x = 0;
  let y = 0;
  for (let index = from; index < to; index += 1) {
    const point = points[index];
    if (!point) continue;
    x += point.x;
    y += point.y;
  }
  const size = Math.max(1, to - from);
  return { x: x / size, y: y / size };
}

/** One pick per bucket (as point indexes): the point that makes the largest triangle with its neighbours. */
function pickByTriangles(points: Point[], buckets: Buckets): number[][] {
  const picks: number[][] = [[0]];
  let previous = points[0] ?? { x: 0, y: 0 };
  for (let bucket = 1; bucket < buckets.count - 1; bucket += 1) {
    const next = average(points, buckets.start(bucket + 1), buckets.end(bucket + 1));
    let pick = buckets.start(bucket);
    let largest = -1;
    for (let index = buckets.start(bucket); index < buckets.end(bucket); index += 1) {
      const point = points[index];
      if (!point) continue;
      const area = Math.abs(
        (previous.x - next.x) * (point.y - previous.y) - (previous.x - point.x) * (next.y - previous.y),
      );
      if (area > largest) {
        largest = area;
        pick = index;
      }
    }
    picks.push([pick]);
    previous = points[pick] ?? previous;
  }
  picks.push([points.length - 1]);
  return picks;
}

function extremeIndexes(points: Point[]): { lowest: number; highest: number } {
  let lowest = 0;
  let highest = 0;
  points.forEach((point, index) => {
    if (point.y < (points[lowest]?.y ?? point.y)) lowest = index;
    if (point.y > (points[highest]?.y ?? point.y)) highest = index;
  });
  return { lowest, highest };
}

/**
 * Swaps the lowest and highest points in for their bucket's pick when LTTB left them out. When that pick is
 * itself the only kept extreme (or both extremes share a bucket), the bucket keeps both and a neighbouring
 * middle bucket gives up its pick instead, so the budget holds. This happens at most once per call.
 */
function keepExtremes(points: Point[], buckets: Buckets, picks: number[][]): void {
  const { lowest, highest } = extremeIndexes(points);
  const extremes = [points[lowest]?.y, points[highest]?.y];
  const holders = (y: number | undefined) => picks.flat().filter((index) => points[index]?.y === y);
  const missing = [lowest, highest].filter((index) => holders(points[index]?.y).length === 0);
  for (const index of missing) {
    const bucket = buckets.of(index);
    const stillNeeded = (picks[bucket] ?? []).filter((pick) => {
      const y = points[pick]?.y;
      return extremes.includes(y) && holders(y).length === 1;
    });
    picks[bucket] = [...stillNeeded, index].sort((a, b) => a - b);
    if (stillNeeded.length > 0) picks[bucket + 1 < buckets.count - 1 ? bucket + 1 : bucket - 1] = [];
  }
}
