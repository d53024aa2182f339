// Shows a metric value in its unit: ratios to three decimals, milliseconds whole, dollars to cents.
import type { MetricUnit } from './catalog';

// One formatter, made on first use: `toLocaleString` builds a new one per call, which was most of the review
// space's keystroke with 1,000 projects on screen (CPU profile of the bench's review-space keystroke).
let wholeNumbers: Intl.NumberFormat | undefined;
function whole(value: number): string {
  wholeNumbers ??= new Intl.NumberFormat('en-US');
  return wholeNumbers.format(Math.round(value));
}

export function formatMetricValue(value: number, unit: MetricUnit | string): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'ratio') return value.toFixed(3).replace(/\.?0+$/, '') || '0';
  if (unit === 'ms') return `${whole(value)} ms`;
  if (unit === 'usd') return `$${value.toFixed(2)}`;
  if (unit === 'tokens') return `${whole(value)} tokens`;
  const shown = Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3).replace(/\.?0+$/, '');
  return unit ? `${shown} ${unit}` : shown;
}

/** "+0.080 (+12%)" or "−120 ms (−8%)"; the sign is the raw change, not whether it is better. */
export function formatChange(change: number, relative: number | null, unit: MetricUnit | string): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const magnitude = formatMetricValue(Math.abs(change), unit);
  return relative === null
    ? `${sign}${magnitude}`
    : `${sign}${magnitude} (${sign}${Math.abs(relative * 100).toFixed(0)}%)`;
}
