// Small inert SVG charts for the exports: a line over time, before/after bar pairs and score bars.
import { downsample } from '../charts/downsample';
import { escapeHtml } from './escape';

export interface ChartPoint {
  x: number;
  y: number;
}

export interface LineChartOptions {
  width: number;
  height: number;
  title: string;
  yLabel?: string;
  /** Text under the first and the last point, e.g. their dates. */
  xLabels?: [string, string];
  formatValue?: (value: number) => string;
}

export interface BarChartOptions {
  width: number;
  title: string;
  /** How a bar's value reads; `index` is the bar's (or pair's) position, for series in different units. */
  formatValue?: (value: number, index: number) => string;
}

export interface BarPair {
  label: string;
  before: number;
  after: number;
}

export interface ScoreBar {
  label: string;
  /** 0 to 100. */
  score: number;
}

/** A line chart never draws more points than this, however long the series. */
export const maxLinePoints = 120;

const palette = { line: '#1d4ed8', before: '#9ca3af', after: '#1d4ed8', axis: '#6b7280', track: '#e5e7eb' };
const fontSize = 11;
const labelChars = 30;
const axisChars = 10;
const valueChars = 14;

/** Rounded to two decimals; NaN and Infinity become 0 so no attribute ever holds a non-number. */
export function svgNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const dimension = (value: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(2000, Math.max(80, value)) : fallback;

/** Shortens by code points, so a surrogate pair is never split; the full text goes in a <title>. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function svgOpen(width: number, height: number, title: string, description: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="${svgNumber(width)}" ` +
    `height="${svgNumber(height)}" viewBox="0 0 ${svgNumber(width)} ${svgNumber(height)}">` +
    `<title>${escapeHtml(title)}</title><desc>${escapeHtml(description)}</desc>`
  );
}

function svgText(
  x: number,
  y: number,
  content: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
): string {
  return (
    `<text x="${svgNumber(x)}" y="${svgNumber(y)}" text-anchor="${anchor}" font-size="${fontSize}" ` +
    `fill="currentColor">${escapeHtml(content)}</text>`
  );
}

function svgRect(x: number, y: number, width: number, height: number, fill: string): string {
  return (
    `<rect x="${svgNumber(x)}" y="${svgNumber(y)}" width="${svgNumber(Math.max(0, width))}" ` +
    `height="${svgNumber(height)}" fill="${fill}"/>`
  );
}

function svgLine(x1: number, y1: number, x2: number, y2: number, dashed = false): string {
  const dash = dashed ? ' stroke-dasharray="3 3"' : '';
  return (
    `<line x1="${svgNumber(x1)}" y1="${svgNumber(y1)}" x2="${svgNumber(x2)}" y2="${svgNumber(y2)}" ` +
    `stroke="${palette.axis}" stroke-width="1"${dash}/>`
  );
}

/** Lowest and highest y, widened when they are equal so a flat series draws mid-height. */
function valueRange(points: ChartPoint[]): { low: number; high: number; min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const point of points) {
    min = Math.min(min, point.y);
    max = Math.max(max, point.y);
  }
  const pad = min === max ? Math.abs(min) * 0.1 || 1 : 0;
  return { low: min - pad, high: max + pad, min, max };
}

/** One value over time; the series is downsampled to at most `maxLinePoints` points, keeping its extremes. */
export function lineChartSvg(points: ChartPoint[], options: LineChartOptions): string {
  const width = dimension(options.width, 480);
  const height = dimension(options.height, 160);
  const format = options.formatValue ?? svgNumber;
  const sorted = points
    .filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y))
    .map((point) => ({ x: point.x, y: point.y }))
    .sort((a, b) => a.x - b.x);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) {
    return `${svgOpen(width, height, options.title, 'No values yet.')}${svgText(width / 2, height / 2, 'No values yet', 'middle')}</svg>`;
  }
  const { low, high, min, max } = valueRange(sorted);
  const description =
    `${sorted.length} value${sorted.length === 1 ? '' : 's'}, from ${format(first.y)} to ${format(last.y)}; ` +
    `lowest ${format(min)}, highest ${format(max)}.`;
  const shown = downsample(sorted, maxLinePoints);
  const plot = { left: 64, right: width - 16, top: options.yLabel ? 24 : 10, bottom: height - 22 };
  const spanX = last.x - first.x;
  const xOf = (point: ChartPoint, index: number) => {
    if (spanX > 0) return plot.left + ((point.x - first.x) / spanX) * (plot.right - plot.left);
    return shown.length === 1
      ? (plot.left + plot.right) / 2
      : plot.left + (index / (shown.length - 1)) * (plot.right - plot.left);
  };
  const yOf = (value: number) => plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top);
  const coords = shown.map((point, index) => `${svgNumber(xOf(point, index))},${svgNumber(yOf(point.y))}`);
  const dots =
    shown.length <= 30
      ? shown
          .map(
            (point, index) =>
              `<circle cx="${svgNumber(xOf(point, index))}" cy="${svgNumber(yOf(point.y))}" r="3" fill="${palette.line}"/>`,
          )
          .join('')
      : '';
  const parts = [
    svgOpen(width, height, options.title, description),
    svgLine(plot.left, plot.top, plot.left, plot.bottom),
    svgLine(plot.left, plot.bottom, plot.right, plot.bottom),
    svgText(plot.left - 6, yOf(max) + 4, truncate(format(max), axisChars), 'end'),
    min === max ? '' : svgText(plot.left - 6, yOf(min) + 4, truncate(format(min), axisChars), 'end'),
    options.yLabel ? svgText(4, 12, options.yLabel) : '',
    options.xLabels ? svgText(plot.left, height - 6, options.xLabels[0]) : '',
    options.xLabels ? svgText(plot.right, height - 6, options.xLabels[1], 'end') : '',
    `<polyline fill="none" stroke="${palette.line}" stroke-width="2" points="${coords.join(' ')}"/>`,
    dots,
    '</svg>',
  ];
  return parts.join('');
}

/** Before and after side by side per metric; each pair has its own scale, since units differ. */
export function barPairSvg(
  pairs: BarPair[],
  options: BarChartOptions & { legend?: [string, string] },
): string {
  const width = dimension(options.width, 480);
  const format = options.formatValue ?? svgNumber;
  const [beforeName, afterName] = options.legend ?? ['Before', 'After'];
  const legendHeight = 22;
  const rowHeight = 34;
  const height = legendHeight + Math.max(1, pairs.length) * rowHeight + 4;
  const labelWidth = Math.round(width * 0.35);
  const valueWidth = 90;
  const barSpace = Math.max(20, width - labelWidth - valueWidth);
  const describe = (pair: BarPair, index: number) =>
    `${pair.label}: ${format(pair.before, index)} before, ${format(pair.after, index)} after`;
  const description = pairs.map(describe).join('; ');
  const parts = [
    svgOpen(width, height, options.title, description || 'No values yet.'),
    svgRect(0, 4, 10, 10, palette.before),
    svgText(14, 13, truncate(beforeName, 24)),
    svgRect(width / 2, 4, 10, 10, palette.after),
    svgText(width / 2 + 14, 13, truncate(afterName, 24)),
  ];
  pairs.forEach((pair, index) => {
    const top = legendHeight + index * rowHeight;
    const scale = Math.max(Math.abs(pair.before), Math.abs(pair.after));
    const share = (value: number) =>
      scale > 0 && Number.isFinite(value) && Number.isFinite(scale) ? Math.abs(value) / scale : 0;
    const beforeWidth = share(pair.before) * barSpace;
    const afterWidth = share(pair.after) * barSpace;
    parts.push(
      `<g><title>${escapeHtml(describe(pair, index))}</title>`,
      svgText(0, top + 19, truncate(pair.label, labelChars)),
      svgRect(labelWidth, top + 3, beforeWidth, 12, palette.before),
      svgText(labelWidth + beforeWidth + 4, top + 13, truncate(format(pair.before, index), valueChars)),
      svgRect(labelWidth, top + 17, afterWidth, 12, palette.after),
      svgText(labelWidth + afterWidth + 4, top + 27, truncate(format(pair.after, index), valueChars)),
      '</g>',
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Scores from 0 to 100 as horizontal bars, with an optional dashed marker at a threshold such as 70. */
export function scoreBarsSvg(bars: ScoreBar[], options: BarChartOptions & { threshold?: number }): string {
  const width = dimension(options.width, 480);
  const format = options.formatValue ?? svgNumber;
  const rowHeight = 22;
  const height = Math.max(1, bars.length) * rowHeight + 6;
  const labelWidth = Math.round(width * 0.4);
  const barSpace = Math.max(20, width - labelWidth - 44);
  const clamp = (score: number) => (Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0);
  const description = bars.map((bar, index) => `${bar.label}: ${format(clamp(bar.score), index)}`).join('; ');
  const parts = [svgOpen(width, height, options.title, description || 'No scores yet.')];
  bars.forEach((bar, index) => {
    const top = 3 + index * rowHeight;
    const score = clamp(bar.score);
    parts.push(
      `<g><title>${escapeHtml(`${bar.label}: ${format(score, index)} of 100`)}</title>`,
      svgText(0, top + 13, truncate(bar.label, labelChars + 6)),
      svgRect(labelWidth, top + 3, barSpace, 12, palette.track),
      svgRect(labelWidth, top + 3, (score / 100) * barSpace, 12, palette.after),
      svgText(labelWidth + barSpace + 6, top + 13, truncate(format(score, index), 6)),
      '</g>',
    );
  });
  if (options.threshold !== undefined && Number.isFinite(options.threshold)) {
    const x = labelWidth + (clamp(options.threshold) / 100) * barSpace;
    parts.push(svgLine(x, 0, x, height, true));
  }
  parts.push('</svg>');
  return parts.join('');
}
