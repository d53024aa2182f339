// Before/after bars for a run and its baseline, one pair per metric they share.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EvalRun } from '../../../../../shared/domain/eval-runs';
import { baselineDeltas } from '../../../../../shared/portfolio/run-stats';
import type { ProjectEvidence } from '../../../db/live-portfolio';
import { themeColor } from './chart-theme';

export function BeforeAfter({
  evidence,
  run,
  baseline,
}: {
  evidence: ProjectEvidence;
  run: EvalRun;
  baseline: EvalRun;
}) {
  // Ratios share one axis; other units would flatten them, so they get their own chart below the table.
  const deltas = baselineDeltas(run, baseline, evidence.metrics).filter((delta) => delta.unit === 'ratio');
  if (deltas.length === 0) return null;
  const data = deltas.map((delta) => ({ metric: delta.label, before: delta.before, after: delta.after }));
  const summary = deltas.map((d) => `${d.label} ${d.before} → ${d.after}`).join('; ');
  return (
    <figure className="chart" aria-label={`Before and after: ${summary}`}>
      <figcaption>
        “{baseline.label}” → “{run.label}”
      </figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={themeColor('--border', '#ddd')} strokeDasharray="3 3" />
          <XAxis dataKey="metric" stroke={themeColor('--muted', '#666')} />
          <YAxis domain={[0, 1]} stroke={themeColor('--muted', '#666')} width={40} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="before"
            name="Baseline"
            fill={themeColor('--muted', '#888')}
            isAnimationActive={false}
          />
          <Bar
            dataKey="after"
            name="This run"
            fill={themeColor('--accent', '#3451b2')}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
