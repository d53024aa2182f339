// A project's evaluation evidence: summary, charts, the runs, comparison, logging and import.

import { type ReactNode, useDeferredValue, useMemo, useState } from 'react';
import { problemText } from '../../../../../shared/text/problem-text';
import type { ProjectEvidence } from '../../../db/live-portfolio';
import { desktopApi } from '../../../platform/desktop-api';
import { useAppStore } from '../../../store/app-store';
import { reportWrite } from '../../../ui/report-write';
import { lazyModule, useLazyDefault } from '../../../ui/use-lazy-default';
import { EvalImportEntry } from '../eval-import/EvalImportEntry';
import { knownSourcesOf } from '../eval-import/plan-files';
import { CompareRuns } from './CompareRuns';
import { ImportRunsDialog, readImportFile } from './ImportRunsDialog';
import { LogRunForm } from './LogRunForm';
import { MetricSummaryTable } from './MetricSummaryTable';
import { RunsList } from './RunsList';

const loadProjectCharts = lazyModule(() => import('../charts/ProjectCharts'));

export function RunsSection({
  projectId,
  evidence,
  beside,
}: {
  projectId: string;
  evidence: ProjectEvidence;
  /** Shown beside the run form (the milestones), so neither column leaves a tall empty area. */
  beside?: ReactNode;
}) {
  const notify = useAppStore((state) => state.notify);
  const ProjectCharts = useLazyDefault(loadProjectCharts);
  // A new run shows in the list at once; the charts redraw with it just after, in a render React may delay.
  const chartEvidence = useDeferredValue(evidence);
  const charts = useMemo(
    () => (ProjectCharts ? <ProjectCharts evidence={chartEvidence} /> : null),
    [ProjectCharts, chartEvidence],
  );
  const knownSources = useMemo(() => knownSourcesOf(evidence.runs), [evidence.runs]);
  const [selected, setSelected] = useState<string[]>([]);
  const [importing, setImporting] = useState<Parameters<typeof ImportRunsDialog>[0]['source'] | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [baselineRequest, setBaselineRequest] = useState<{ runId: string; at: number } | undefined>();
  const editingRun = editingId ? evidence.runs.find((run) => run.id === editingId) : undefined;
  const editing = editingRun
    ? { run: editingRun, metrics: evidence.metrics.filter((metric) => metric.runId === editingRun.id) }
    : undefined;
  const toggle = (runId: string) =>
    setSelected((ids) => (ids.includes(runId) ? ids.filter((id) => id !== runId) : [...ids, runId]));

  async function chooseFile() {
    const picked = await desktopApi().openFile({
      filters: [{ name: 'Evaluation results', extensions: ['csv', 'json'] }],
    });
    if (!picked.ok) return notify('error', picked.error.message);
    if (!picked.value) return;
    const source = readImportFile(picked.value.name, picked.value.content);
    if (!source.ok) return notify('error', source.problems.map(problemText).join(' '));
    setImporting(source.value);
  }

  return (
    <>
      <section className="card" aria-labelledby="numbers-heading">
        <div className="card-heading">
          <h2 id="numbers-heading">Evaluation numbers</h2>
          <button type="button" className="secondary" onClick={() => reportWrite(chooseFile())}>
            Import runs…
          </button>
        </div>
        <EvalImportEntry projectId={projectId} knownSources={knownSources} />
        <MetricSummaryTable evidence={evidence} />
        {evidence.metrics.length > 0 && (charts ?? <p className="muted">Loading charts…</p>)}
      </section>
      <section className="card runs-card" aria-labelledby="runs-heading">
        <h2 id="runs-heading">
          Runs <span className="count">{evidence.runs.length}</span>
        </h2>
        {evidence.runs.length === 0 ? (
          <p className="muted">No runs yet. Log your baseline first, then each improvement against it.</p>
        ) : (
          <RunsList
            evidence={evidence}
            selected={selected}
            onToggle={toggle}
            onEdit={setEditingId}
            onUseAsBaseline={(runId) => {
              setEditingId(null);
              setBaselineRequest({ runId, at: Date.now() });
            }}
          />
        )}
        <CompareRuns evidence={evidence} runIds={selected} />
      </section>
      <div className="two-columns">
        {editing ? (
          <LogRunForm
            key={editing.run.id}
            projectId={projectId}
            runs={evidence.runs}
            editing={editing}
            onDone={() => setEditingId(null)}
          />
        ) : (
          <LogRunForm projectId={projectId} runs={evidence.runs} baselineRequest={baselineRequest} />
        )}
        {beside}
      </div>
      {importing && (
        <ImportRunsDialog projectId={projectId} source={importing} onClose={() => setImporting(null)} />
      )}
    </>
  );
}
