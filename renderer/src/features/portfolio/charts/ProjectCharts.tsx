// The project's charts, loaded on demand: a metric over time and the latest run against its baseline.
import { useId, useState } from 'react';
import { seriesId } from '../../../../../shared/metrics/validate-metric';
import { summarizeMetrics } from '../../../../../shared/portfolio/run-stats';
import type { ProjectEvidence } from '../../../db/live-portfolio';
import { BeforeAfter } from './BeforeAfter';
import { MetricOverTime } from './MetricOverTime';

export default function ProjectCharts({ evidence }: { evidence: ProjectEvidence }) {
  const summaries = summarizeMetrics(evidence.runs, evidence.metrics);
  const [chosen, setChosen] = useState<string | null>(null);
  const id = useId();
  const series = summaries.find((s) => seriesId(s) === chosen) ?? summaries[0];
  const latest = evidence.runs.find((run) => run.baselineRunId);
  const baseline = latest && evidence.runs.find((run) => run.id === latest.baselineRunId);
  if (!series) return null;
  return (
    <div className="charts">
      <label htmlFor={id}>Chart</label>
      <select id={id} value={seriesId(series)} onChange={(e) => setChosen(e.target.value)}>
        {summaries.map((s) => (
          <option key={seriesId(s)} value={seriesId(s)}>
            {s.label}
          </option>
        ))}
      </select>
      <MetricOverTime evidence={evidence} series={series} />
      {latest && baseline && <BeforeAfter evidence={evidence} run={latest} baseline={baseline} />}
    </div>
  );
}
