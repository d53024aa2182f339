// Logs one evaluation run: several metrics at once plus the context that makes them trustworthy.
import { type FormEvent, useId, useState } from 'react';
import type { EvalRun } from '../../../../../shared/domain/eval-runs';
import { checkRun } from '../../../../../shared/portfolio/check-run';
import type { EvalRunDraft, FieldProblem } from '../../../../../shared/portfolio/types';
import { useDatabase } from '../../../db/database-context';
import { describeDatabaseError } from '../../../db/describe-error';
import { saveRun } from '../../../db/repositories/eval-runs';
import { useAppStore } from '../../../store/app-store';
import { localDay } from '../../../ui/local-day';
import { type MetricRowDraft, MetricRowsEditor, toMetricDraft } from './MetricRowsEditor';
import { RunContextFields } from './RunContextFields';

const emptyRow = (): MetricRowDraft => ({
  key: 'recall_at_k',
  value: '',
  k: '5',
  unit: '',
  direction: 'higher',
  customName: '',
});

export function LogRunForm({ projectId, runs }: { projectId: string; runs: EvalRun[] }) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const [label, setLabel] = useState('');
  const [ranOn, setRanOn] = useState(localDay);
  const [context, setContext] = useState<Record<string, string>>({});
  const [baselineRunId, setBaselineRunId] = useState('');
  const [rows, setRows] = useState<MetricRowDraft[]>([emptyRow()]);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft: EvalRunDraft = {
      label: label || `Run ${runs.length + 1}`,
      ranOn,
      context: Object.fromEntries(Object.entries(context).filter(([, v]) => v.trim() !== '')),
      ...(baselineRunId ? { baselineRunId } : {}),
      metrics: rows.filter((row) => row.value.trim() !== '' || rows.length === 1).map(toMetricDraft),
    };
    const checked = checkRun(draft, { knownRunIds: new Set(runs.map((r) => r.id)) });
    if (!checked.ok) return setProblems(checked.problems);
    try {
      const result = await saveRun(db, projectId, draft);
      if (!result.ok) return setProblems([{ field: 'run', message: result.error.message }]);
      setProblems([]);
      setLabel('');
      setRows(rows.map((row) => ({ ...row, value: '' })));
      notify('info', `Run “${result.value.label}” logged with ${draft.metrics.length} metric(s).`);
    } catch (error) {
      setProblems([{ field: 'run', message: describeDatabaseError(error) }]);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="Log a run" noValidate>
      <h2>Log an evaluation run</h2>
      <div className="field-grid">
        <label htmlFor={`${id}-label`}>Label</label>
        <input
          id={`${id}-label`}
          value={label}
          placeholder={`Run ${runs.length + 1}`}
          onChange={(e) => setLabel(e.target.value)}
        />
        <label htmlFor={`${id}-date`}>Date</label>
        <input id={`${id}-date`} type="date" value={ranOn} onChange={(e) => setRanOn(e.target.value)} />
        <label htmlFor={`${id}-baseline`}>Baseline</label>
        <select
          id={`${id}-baseline`}
          value={baselineRunId}
          onChange={(e) => setBaselineRunId(e.target.value)}
        >
          <option value="">None</option>
          {runs.map((run) => (
            <option key={run.id} value={run.id}>
              {run.label} ({run.ranOn})
            </option>
          ))}
        </select>
      </div>
      <MetricRowsEditor
        rows={rows}
        onChange={setRows}
        onAdd={() => setRows([...rows, { ...emptyRow(), key: 'faithfulness', k: '' }])}
      />
      <RunContextFields context={context} onChange={setContext} />
      {problems.length > 0 && (
        <ul className="field-error problems" role="alert" aria-label="Problems">
          {problems.map((p) => (
            <li key={`${p.field}:${p.message}`}>
              {p.field}: {p.message}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          Log run
        </button>
      </div>
    </form>
  );
}
