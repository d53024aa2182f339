// Shows a measured value with its uncertainty and sample count, as "0.71 ± 0.02 (n = 200)".
import type { MetricUnit } from './catalog';
import { formatMetricValue } from './format';

export interface Uncertainty {
  /** Standard error as the tool reported it. */
  stderr?: number;
  sampleCount?: number;
}

function wrap(number: string, unit: MetricUnit | string): string {
  if (unit === 'usd') return `$${number}`;
  if (unit === 'ms') return `${number} ms`;
  if (unit === 'tokens') return `${number} tokens`;
  if (unit === 'ratio' || unit === '') return number;
  return `${number} ${unit}`;
}

/**
 * The value rounded to the standard error's first significant digit, the error beside it, then the sample
 * count: `0.71 ± 0.02 (n = 200)`, `412 ± 20 ms (n = 1,200)`. Without an error, the value as the unit shows it.
 */
export function formatWithUncertainty(
  value: number,
  unit: MetricUnit | string,
  uncertainty: Uncertainty,
): string {
  if (!Number.isFinite(value)) return '—';
  const { stderr, sampleCount } = uncertainty;
  let shown: string;
  if (stderr !== undefined && Number.isFinite(stderr) && stderr >= 0) {
    const decimals = stderr === 0 ? 3 : Math.min(6, Math.max(0, -Math.floor(Math.log10(stderr))));
    const rounded = Number(stderr.toPrecision(1));
    const places = rounded >= 10 ** -decimals * 10 && decimals > 0 ? decimals - 1 : decimals;
    const error = unit === 'usd' ? `$${rounded.toFixed(places)}` : rounded.toFixed(places);
    shown = `${wrap(value.toFixed(places), unit === 'usd' ? 'usd' : '')} ± ${error}`;
    if (unit !== 'usd' && unit !== 'ratio' && unit !== '') shown = wrap(shown, unit);
  } else {
    shown = formatMetricValue(value, unit);
  }
  if (sampleCount !== undefined && Number.isInteger(sampleCount) && sampleCount >= 0)
    return `${shown} (n = ${sampleCount.toLocaleString('en-US')})`;
  return shown;
}
