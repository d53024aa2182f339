// Logs one evaluation run (several metrics at once plus the context that makes them trustworthy), or edits
// a logged one: label, date, context, values and baseline.
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { EvalRun, Metric } from '../../../../../shared/domain/eval-runs';
import { findMetric } from '../../../../../shared/metrics/catalog';
import { checkRun } from '../../../../../shared/portfolio/check-run';
import type { EvalRunDraft, FieldProblem } from '../../../../../shared/portfolio/types';
import { formatDay } from '../../../../../shared/progress/format-day';
import { countOf } from '../../../../../shared/text/plural';
import { useDatabase } from '../../../db/database-context';
import { describeDatabaseError } from '../../../db/describe-error';
import { saveRun, updateRun } from '../../../db/repositories/eval-runs';
import { useAppStore } from '../../../store/app-store';
import { localDay } from '../../../ui/local-day';
import { type MetricRowDraft, MetricRowsEditor, toMetricDraft } from './MetricRowsEditor';
import { RunContextFields } from './RunContextFields';
import { runProblemText } from './run-problem-text';

const maxLabel = 120;

const emptyRow = (): MetricRowDraft => ({
  key: 'recall_at_k',
  value: '',
  k: '5',
  unit: '',
  direction: 'higher',
  customName: '',
});

/** A stored metric back as a row of the form. */
function rowOf(metric: Metric): MetricRowDraft {
  const custom = metric.key.startsWith('custom:');
  return {
    key: custom ? 'custom' : metric.key,
    value: String(metric.value),
    k: findMetric(metric.key)?.needsK ? String(metric.k ?? '') : '',
    unit: metric.unit ?? '',
    direction: metric.direction ?? 'higher',
    customName: custom ? metric.key.slice('custom:'.length) : '',
  };
}

const contextOf = (run: EvalRun): Record<string, string> =>
  Object.fromEntries(Object.entries(run.context).map(([key, value]) => [key, String(value)]));

interface Props {
  projectId: string;
  runs: EvalRun[];
  /** The run being edited, with its metrics; a new run is logged without it. */
  editing?: { run: EvalRun; metrics: Metric[] } | undefined;
  /** "Use as baseline" on a run: chosen in the form, once per request. */
  baselineRequest?: { runId: string; at: number } | undefined;
  onDone?: (() => void) | undefined;
}

export function LogRunForm({ projectId, runs, editing, baselineRequest, onDone }: Props) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const [label, setLabel] = useState(editing?.run.label ?? '');
  const [ranOn, setRanOn] = useState(editing?.run.ranOn ?? localDay);
  const [context, setContext] = useState<Record<string, string>>(editing ? contextOf(editing.run) : {});
  const [baselineRunId, setBaselineRunId] = useState(editing?.run.baselineRunId ?? '');
  const [rows, setRows] = useState<MetricRowDraft[]>(
    editing && editing.metrics.length > 0 ? editing.metrics.map(rowOf) : [emptyRow()],
  );
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const id = useId();
  useEffect(() => {
    if (baselineRequest) setBaselineRunId(baselineRequest.runId);
  }, [baselineRequest]);
  const others = runs.filter((run) => run.id !== editing?.run.id);
  const labelLength = Array.from(label).length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft: EvalRunDraft = {
      label: label || `Run ${runs.length + 1}`,
      ranOn,
      context: Object.fromEntries(Object.entries(context).filter(([, v]) => v.trim() !== '')),
      ...(baselineRunId ? { baselineRunId } : {}),
      metrics: rows.filter((row) => row.value.trim() !== '' || rows.length === 1).map(toMetricDraft),
    };
    const checked = checkRun(draft, { knownRunIds: new Set(others.map((r) => r.id)) });
    if (!checked.ok) return setProblems(checked.problems);
    try {
      const result = editing
        ? await updateRun(db, editing.run.id, draft)
        : await saveRun(db, projectId, draft);
      if (!result.ok) return setProblems([{ field: 'run', message: result.error.message }]);
      setProblems([]);
      const metrics = countOf(draft.metrics.length, 'metric');
      if (editing) {
        notify('info', `Run “${result.value.label}” saved with ${metrics}.`);
        onDone?.();
        return;
      }
      setLabel('');
      setRows(rows.map((row) => ({ ...row, value: '' })));
      notify('info', `Run “${result.value.label}” logged with ${metrics}.`);
    } catch (error) {
      setProblems([{ field: 'run', message: describeDatabaseError(error) }]);
    }
  }

  const formName = editing ? `Edit run ${editing.run.label}` : 'Log a run';
  return (
    <form className="card form" onSubmit={submit} aria-label={formName} noValidate>
      <h2>{editing ? `Edit “${editing.run.label}”` : 'Log an evaluation run'}</h2>
      <div className="field-grid">
        <label htmlFor={`${id}-label`}>Label</label>
        <div className="field-with-counter">
          <input
            id={`${id}-label`}
            value={label}
            placeholder={`Run ${runs.length + 1}`}
            aria-describedby={`${id}-label-count`}
            aria-invalid={labelLength > maxLabel}
            onChange={(e) => setLabel(e.target.value)}
          />
          <span
            id={`${id}-label-count`}
            className={labelLength > maxLabel ? 'field-error small' : 'muted small'}
          >
            {labelLength} of {maxLabel} characters
          </span>
        </div>
        <label htmlFor={`${id}-date`}>Date</label>
        <input id={`${id}-date`} type="date" value={ranOn} onChange={(e) => setRanOn(e.target.value)} />
        <label htmlFor={`${id}-baseline`}>Baseline</label>
        <select
          id={`${id}-baseline`}
          value={baselineRunId}
          onChange={(e) => setBaselineRunId(e.target.value)}
        >
          <option value="">None</option>
          {others.map((run) => (
            <option key={run.id} value={run.id}>
              {run.label} ({formatDay(run.ranOn)})
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
            <li key={`${p.field}:${p.message}`}>{runProblemText(p)}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {editing ? 'Save changes' : 'Log run'}
        </button>
        {editing && (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
