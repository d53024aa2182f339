// The runs of a project, newest first, virtualized; tick two or more to compare them, edit one, or use one
// as the baseline of the next run logged.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { EvalRun } from '../../../../../shared/domain/eval-runs';
import { toolNames } from '../../../../../shared/eval-import/types';
import { formatDay } from '../../../../../shared/progress/format-day';
import { countOf } from '../../../../../shared/text/plural';
import { useDatabase } from '../../../db/database-context';
import type { ProjectEvidence } from '../../../db/live-portfolio';
import { deleteRun, restoreRun } from '../../../db/repositories/eval-runs';
import { useAppStore } from '../../../store/app-store';
import { reportWrite } from '../../../ui/report-write';

const rowHeight = 52;

interface Props {
  evidence: ProjectEvidence;
  selected: string[];
  onToggle: (runId: string) => void;
  onEdit: (runId: string) => void;
  onUseAsBaseline: (runId: string) => void;
}

export function RunsList({ evidence, selected, onToggle, onEdit, onUseAsBaseline }: Props) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const scroller = useRef<HTMLDivElement>(null);
  const counts = new Map<string, number>();
  for (const metric of evidence.metrics) counts.set(metric.runId, (counts.get(metric.runId) ?? 0) + 1);
  const virtualizer = useVirtualizer({
    count: evidence.runs.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  async function remove(run: EvalRun) {
    const result = await deleteRun(db, run.id);
    if (!result.ok) return notify('error', result.error.message);
    notify('info', `Run “${run.label}” deleted.`, {
      label: 'Undo',
      run: () => reportWrite(restoreRun(db, result.value)),
    });
  }
  return (
    <div
      ref={scroller}
      className="virtual-scroller"
      style={{ height: Math.min(420, evidence.runs.length * rowHeight + 4) }}
    >
      <ul className="run-list" aria-label="Runs" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const run = evidence.runs[row.index] as EvalRun;
          const baseline = run.baselineRunId
            ? evidence.runs.find((r) => r.id === run.baselineRunId)
            : undefined;
          return (
            <li
              key={run.id}
              className="run-row virtual-row"
              style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}
            >
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={selected.includes(run.id)}
                  onChange={() => onToggle(run.id)}
                  aria-label={`Compare ${run.label}`}
                />
                <span className="run-label" title={run.label}>
                  {run.label}
                </span>
              </label>
              <span className="muted small">
                {formatDay(run.ranOn)} · {run.context.model ?? 'model not recorded'} ·{' '}
                {countOf(counts.get(run.id) ?? 0, 'metric')}
                {baseline ? ` · baseline: ${baseline.label}` : ''}
                {run.source
                  ? ` · from ${run.source.fileName} (${toolNames[run.source.tool]}${run.source.toolVersion ? ` ${run.source.toolVersion}` : ''})`
                  : ''}
              </span>
              <span className="row-actions">
                <button
                  type="button"
                  className="ghost small"
                  aria-label={`Use ${run.label} as baseline`}
                  title="Use as the baseline of the next run you log"
                  onClick={() => onUseAsBaseline(run.id)}
                >
                  Use as baseline
                </button>
                <button
                  type="button"
                  className="ghost small"
                  aria-label={`Edit run ${run.label}`}
                  onClick={() => onEdit(run.id)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="ghost"
                  aria-label={`Delete run ${run.label}`}
                  onClick={() => reportWrite(remove(run))}
                >
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
