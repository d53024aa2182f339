import { describe, expect, it } from 'vitest';
import { runAxis } from './run-axis';
import type { MetricPoint } from './series';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const point = (iso: string, y: number, label = `Run on ${iso}`): MetricPoint => ({
  x: day(iso),
  y,
  runId: `${iso}-${y}`,
  label,
});

describe('runAxis', () => {
  it('labels each tick with its run’s date, never 1970', () => {
    const axis = runAxis([point('2026-03-01', 0.6), point('2026-03-01', 0.7), point('2026-03-10', 0.8)]);
    expect(axis.points).toEqual([
      { x: 0, y: 0.6 },
      { x: 1, y: 0.7 },
      { x: 2, y: 0.8 },
    ]);
    // Two runs on one day get one tick.
    expect(axis.ticks).toEqual([0, 2]);
    expect(axis.ticks.map(axis.tickLabel)).toEqual(['Mar 1, 2026', 'Mar 10, 2026']);
    expect(axis.domain).toEqual([0, 2]);
    for (const x of [0, 1, 2]) expect(axis.tickLabel(x)).not.toContain('1970');
  });

  it('shows a one-run series at its own date, in the middle of the chart', () => {
    const axis = runAxis([point('2027-01-15', 0.42, 'First try')]);
    expect(axis.ticks).toEqual([0]);
    expect(axis.tickLabel(0)).toBe('Jan 15, 2027');
    expect(axis.runLabel(0)).toBe('First try · Jan 15, 2027');
    expect(axis.domain).toEqual([-0.5, 0.5]);
  });

  it('leaves positions between runs unlabelled and keeps at most the asked number of ticks', () => {
    const series = Array.from({ length: 40 }, (_, index) =>
      point(new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10), index),
    );
    const axis = runAxis(series, 5);
    expect(axis.ticks.length).toBeLessThanOrEqual(5);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.ticks.at(-1)).toBe(39);
    expect(axis.tickLabel(0.5)).toBe('');
    expect(axis.tickLabel(39)).toBe('Feb 9, 2026');
  });

  it('draws nothing for an empty series', () => {
    const axis = runAxis([]);
    expect(axis.points).toEqual([]);
    expect(axis.ticks).toEqual([]);
    expect(axis.tickLabel(0)).toBe('');
  });
});
