// One metric over time for a project, downsampled so thousands of runs still draw quickly.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { downsample } from '../../../../../shared/charts/downsample';
import { pointDay, runAxis } from '../../../../../shared/charts/run-axis';
import { metricSeries } from '../../../../../shared/charts/series';
import { describeSeries } from '../../../../../shared/metrics/validate-metric';
import type { SeriesKey } from '../../../../../shared/portfolio/types';
import { countOf } from '../../../../../shared/text/plural';
import type { ProjectEvidence } from '../../../db/live-portfolio';
import { lightweight, maxChartPoints, themeColor } from './chart-theme';

export function MetricOverTime({ evidence, series }: { evidence: ProjectEvidence; series: SeriesKey }) {
  const full = metricSeries(evidence.runs, evidence.metrics, series);
  // Runs are plotted in order (several can share a day); ticks show each run's date, never its position.
  const axis = runAxis(full);
  const points = downsample(axis.points, maxChartPoints);
  const { label } = describeSeries(series);
  const first = full[0];
  const last = full.at(-1);
  const summary =
    first && last
      ? `${label} over ${countOf(full.length, 'run')}, from ${first.y} on ${pointDay(first)} to ${last.y} on ${pointDay(last)}`
      : `${label}: no values`;
  return (
    <figure className="chart" aria-label={summary}>
      <figcaption>
        {label} over time
        {full.length > points.length ? ` (${points.length} of ${full.length} points shown)` : ''}
      </figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={themeColor('--border', '#ddd')} strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            domain={axis.domain}
            ticks={axis.ticks}
            interval={0}
            tickFormatter={axis.tickLabel}
            stroke={themeColor('--muted', '#666')}
          />
          <YAxis stroke={themeColor('--muted', '#666')} width={56} />
          <Tooltip labelFormatter={(value) => axis.runLabel(Number(value))} />
          <Line
            type="monotone"
            dataKey="y"
            name={label}
            stroke={themeColor('--accent', '#3451b2')}
            strokeWidth={2}
            {...lightweight(points.length)}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
