// A stored or planned metric as people read it: its value in its unit, with the tool's standard error and
// sample count where it has them ("0.71 ± 0.02 (n = 200)", "412 ms (n = 40)").
import { formatWithUncertainty, type Uncertainty } from './format-uncertainty';
import { describeSeries } from './validate-metric';

export interface MeasuredValue {
  key: string;
  value: number;
  k?: number | undefined;
  unit?: string | undefined;
  direction?: 'higher' | 'lower' | undefined;
  stderr?: number | undefined;
  sampleCount?: number | undefined;
}

export function formatMeasured(metric: MeasuredValue): string {
  const { unit } = describeSeries(
    metric.k === undefined ? { key: metric.key } : { key: metric.key, k: metric.k },
    { unit: metric.unit, direction: metric.direction },
  );
  const uncertainty: Uncertainty = {};
  if (metric.stderr !== undefined) uncertainty.stderr = metric.stderr;
  if (metric.sampleCount !== undefined) uncertainty.sampleCount = metric.sampleCount;
  return formatWithUncertainty(metric.value, unit, uncertainty);
}
