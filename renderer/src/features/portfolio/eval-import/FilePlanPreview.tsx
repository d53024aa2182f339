// One recognised file in the import preview: which tool and version, each run and what each metric becomes,
// and every value left out with the reason.
import type { EvalImportPlan, PlannedRun } from '../../../../../shared/eval-import/to-rows';
import type { LeftOut } from '../../../../../shared/eval-import/types';
import { formatMeasured } from '../../../../../shared/metrics/format-measured';

function LeftOutList({ label, entries }: { label: string; entries: LeftOut[] }) {
  if (entries.length === 0) return null;
  return (
    <details className="small">
      <summary>
        {label} ({entries.length})
      </summary>
      <ul aria-label={label}>
        {entries.map((entry) => (
          <li key={`${entry.field}:${entry.reason}`}>
            <code>{entry.field}</code> {entry.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

function RunPreview({ run }: { run: PlannedRun }) {
  const { context } = run.run;
  const facts = [
    run.run.ranOn,
    context.model ?? 'model not in the file',
    context.datasetName,
    context.datasetSplit,
    context.datasetSize === undefined ? undefined : `${context.datasetSize} examples`,
  ].filter((fact) => fact !== undefined);
  return (
    <li className="eval-import-run">
      <p>
        <strong>{run.run.label}</strong> <span className="muted small">{facts.join(' · ')}</span>
      </p>
      <table className="data-table" aria-label={`Metrics of ${run.run.label}`}>
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col">Becomes</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {run.metrics.map((metric) => (
            <tr key={metric.row.key}>
              <td>
                <code>{metric.sourceName}</code>
              </td>
              <td>
                {metric.becomes}
                {metric.isCustom && <span className="muted small"> ({metric.row.direction} is better)</span>}
                {metric.notes.map((note) => (
                  <span key={note} className="muted small">
                    {' '}
                    — {note}
                  </span>
                ))}
              </td>
              <td>{formatMeasured(metric.row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {run.notes.length > 0 && <p className="muted small">{run.notes.join(' ')}</p>}
      <LeftOutList label={`Not measured in ${run.run.label}`} entries={run.notMeasured} />
    </li>
  );
}

/** A file of 1,000 MLflow runs previews its first runs; the rest are imported the same way. */
export const previewedRuns = 20;

export function FilePlanPreview({
  plan,
  alreadyImported,
}: {
  plan: EvalImportPlan;
  alreadyImported?: string | undefined;
}) {
  const hidden = plan.runs.length - previewedRuns;
  const version = plan.toolVersion ? ` ${plan.toolVersion}` : ', version not in the file';
  return (
    <section className="eval-import-file" aria-label={`Preview of ${plan.fileName}`}>
      <h3>{plan.fileName}</h3>
      <p>
        Recognised as{' '}
        <strong>
          {plan.toolName}
          {version}
        </strong>
        {plan.formatVersion ? ` (format ${plan.formatVersion})` : ''}: {plan.detectedBy}.
      </p>
      {alreadyImported && <p className="field-error">{alreadyImported}</p>}
      <ul className="plain-list">
        {plan.runs.slice(0, previewedRuns).map((run, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs follow the file's order and labels may repeat.
          <RunPreview key={index} run={run} />
        ))}
      </ul>
      {hidden > 0 && (
        <p className="muted small">
          …and {hidden} more run{hidden === 1 ? '' : 's'} from this file, read the same way.
        </p>
      )}
      <LeftOutList label={`Left out of ${plan.fileName}`} entries={plan.leftOut} />
    </section>
  );
}
