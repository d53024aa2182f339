// Side-by-side comparison of the chosen runs, with a "differences only" switch.
import { useId, useState } from 'react';
import { formatMeasured } from '../../../../../shared/metrics/format-measured';
import { seriesId } from '../../../../../shared/metrics/validate-metric';
import { compareRuns } from '../../../../../shared/portfolio/run-stats';
import type { ProjectEvidence } from '../../../db/live-portfolio';

export function CompareRuns({ evidence, runIds }: { evidence: ProjectEvidence; runIds: string[] }) {
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const id = useId();
  const runs = runIds
    .map((runId) => evidence.runs.find((run) => run.id === runId))
    .filter((run) => run !== undefined);
  if (runs.length < 2)
    return <p className="muted small">Tick two or more runs to compare them side by side.</p>;
  const rows = compareRuns(runs, evidence.metrics, { differencesOnly });
  const byRunAndSeries = new Map(
    evidence.metrics.map((metric) => [`${metric.runId} ${seriesId(metric)}`, metric]),
  );
  // A metric cell shows the stored row: its unit, and the tool's ± stderr and n where it has them.
  const show = (rowId: string, value: string | number | null, runId: string) => {
    if (value === null) return '—';
    const metric = rowId.startsWith('metric:')
      ? byRunAndSeries.get(`${runId} ${rowId.slice('metric:'.length)}`)
      : undefined;
    return metric ? formatMeasured(metric) : String(value);
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="compare">
      <div className="card-heading">
        <h3 id={`${id}-heading`}>Comparing {runs.length} runs</h3>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={differencesOnly}
            onChange={(e) => setDifferencesOnly(e.target.checked)}
          />{' '}
          Differences only
        </label>
      </div>
      <table className="data-table" aria-label="Run comparison">
        <thead>
          <tr>
            <th scope="col">Field</th>
            {runs.map((run) => (
              <th key={run.id} scope="col">
                {run.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.same ? 'same' : 'differs'}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one cell per compared run, in a fixed order.
                <td key={index} className={row.bestIndex === index ? 'best' : undefined}>
                  {show(row.id, value, runs[index]?.id ?? '')}
                  {row.bestIndex === index && <span className="visually-hidden"> (best)</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted small">These runs are identical in every field.</p>}
    </section>
  );
}
