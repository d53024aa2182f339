// The x axis of a run chart: runs plotted in order (several can share a day), each tick labelled with its run's date.
import { formatDay } from '../progress/format-day';
import type { MetricPoint } from './series';

export interface RunAxis {
  /** The plotted points: x is the run's position in the series (0 for the oldest), y its value. */
  points: { x: number; y: number }[];
  /** Whole run positions to put a tick at: the first and last run, and days in between, at most `maxTicks`. */
  ticks: number[];
  /** The axis domain; a one-run series is widened by half a run on each side so its dot sits mid-chart. */
  domain: [number, number];
  /** The date of the run at position `x` ("Mar 1, 2026"), or '' between runs. */
  tickLabel: (x: number) => string;
  /** The run's label and date at position `x`, for the tooltip. */
  runLabel: (x: number) => string;
}

const isoDay = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '');

/** Day label of a point whose x holds milliseconds at midnight UTC of the run's day. */
export const pointDay = (point: Pick<MetricPoint, 'x'>): string => formatDay(isoDay(point.x));

export function runAxis(series: readonly MetricPoint[], maxTicks = 6): RunAxis {
  const points = series.map((point, index) => ({ x: index, y: point.y }));
  const at = (x: number) => (Number.isInteger(x) ? series[x] : undefined);
  const ticks: number[] = [];
  // One tick per distinct day, spread evenly when there are more days than ticks.
  const firstOfDay: number[] = [];
  series.forEach((point, index) => {
    if (index === 0 || series[index - 1]?.x !== point.x) firstOfDay.push(index);
  });
  const budget = Math.max(2, Math.floor(maxTicks));
  if (firstOfDay.length <= budget) ticks.push(...firstOfDay);
  else {
    for (let step = 0; step < budget; step += 1) {
      const index = firstOfDay[Math.round((step * (firstOfDay.length - 1)) / (budget - 1))];
      if (index !== undefined && ticks.at(-1) !== index) ticks.push(index);
    }
  }
  const last = series.length - 1;
  const domain: [number, number] = series.length <= 1 ? [-0.5, 0.5] : [0, last];
  return {
    points,
    ticks,
    domain,
    tickLabel: (x) => {
      const point = at(x);
      return point ? pointDay(point) : '';
    },
    runLabel: (x) => {
      const point = at(Math.round(x));
      return point ? `${point.label} · ${pointDay(point)}` : '';
    },
  };
}
