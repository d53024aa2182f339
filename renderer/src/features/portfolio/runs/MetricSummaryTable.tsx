// Latest and best value per metric (best by direction), and the latest run's change against its baseline.
import { formatChange, formatMetricValue } from '../../../../../shared/metrics/format';
import { formatMeasured } from '../../../../../shared/metrics/format-measured';
import { seriesId } from '../../../../../shared/metrics/validate-metric';
import { baselineDeltas, summarizeMetrics } from '../../../../../shared/portfolio/run-stats';
import type { ProjectEvidence } from '../../../db/live-portfolio';

export function MetricSummaryTable({ evidence }: { evidence: ProjectEvidence }) {
  const summaries = summarizeMetrics(evidence.runs, evidence.metrics);
  const latestRun = evidence.runs[0];
  const baseline = evidence.runs.find((run) => run.id === latestRun?.baselineRunId);
  const deltas = latestRun && baseline ? baselineDeltas(latestRun, baseline, evidence.metrics) : [];
  if (summaries.length === 0)
    return <p className="muted">No numbers yet. Log a run with at least one metric and its context.</p>;
  const labelOf = (runId: string) => evidence.runs.find((run) => run.id === runId)?.label ?? '';
  const byRunAndSeries = new Map(
    evidence.metrics.map((metric) => [`${metric.runId} ${seriesId(metric)}`, metric]),
  );
  // The stored row where there is one, so the tool's ± stderr and n show beside the value.
  const shown = (point: { value: number; runId: string }, series: string, unit: string) => {
    const metric = byRunAndSeries.get(`${point.runId} ${series}`);
    return metric ? formatMeasured(metric) : formatMetricValue(point.value, unit);
  };
  return (
    <table className="data-table" aria-label="Metric summary">
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Latest</th>
          <th scope="col">Best</th>
          <th scope="col">{baseline ? `vs baseline “${baseline.label}”` : 'vs baseline'}</th>
          <th scope="col">Runs</th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((summary) => {
          const delta = deltas.find((d) => seriesId(d) === seriesId(summary));
          return (
            <tr key={seriesId(summary)}>
              <th scope="row">
                {summary.label} <span className="muted small">({summary.direction} is better)</span>
              </th>
              <td>{shown(summary.latest, seriesId(summary), summary.unit)}</td>
              <td title={`from ${labelOf(summary.best.runId)}`}>
                {shown(summary.best, seriesId(summary), summary.unit)}{' '}
                <span className="muted small">{labelOf(summary.best.runId)}</span>
              </td>
              <td
                className={delta ? (delta.improved ? 'better' : delta.improved === false ? 'worse' : '') : ''}
              >
                {delta
                  ? `${formatChange(delta.change, delta.relativeChange, delta.unit)} ${delta.improved ? '▲ better' : delta.improved === false ? '▼ worse' : ''}`
                  : '—'}
              </td>
              <td>{summary.count}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
