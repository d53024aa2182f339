// The runs of a project, newest first, virtualized; tick two or more to compare them.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { EvalRun } from '../../../../../shared/domain/eval-runs';
import { toolNames } from '../../../../../shared/eval-import/types';
import { useDatabase } from '../../../db/database-context';
import type { ProjectEvidence } from '../../../db/live-portfolio';
import { deleteRun, restoreRun } from '../../../db/repositories/eval-runs';
import { useAppStore } from '../../../store/app-store';

const rowHeight = 52;

interface Props {
  evidence: ProjectEvidence;
  selected: string[];
  onToggle: (runId: string) => void;
}

export function RunsList({ evidence, selected, onToggle }: Props) {
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
      run: () => void restoreRun(db, result.value),
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
                <span className="run-label">{run.label}</span>
              </label>
              <span className="muted small">
                {run.ranOn} · {run.context.model ?? 'model not recorded'} · {counts.get(run.id) ?? 0} metrics
                {baseline ? ` · baseline: ${baseline.label}` : ''}
                {run.source
                  ? ` · from ${run.source.fileName} (${toolNames[run.source.tool]}${run.source.toolVersion ? ` ${run.source.toolVersion}` : ''})`
                  : ''}
              </span>
              <button
                type="button"
                className="ghost"
                aria-label={`Delete run ${run.label}`}
                onClick={() => void remove(run)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
