// Turns what an eval tool's file holds into the run and metric rows ShipReady stores, and says for each
// metric what it becomes and for each value left out why. Pure: the preview shows exactly what is written.
import { type EvalRun, evalRunSchema, type Metric, metricSchema } from '../domain/eval-runs';
import { findMetric } from '../metrics/catalog';
import { describeSeries } from '../metrics/validate-metric';
import { dateProblem } from '../portfolio/check-run';
import { customSlug } from './metric-names';
import { type EvalImport, type ImportedMetric, type ImportedRun, type LeftOut, toolNames } from './types';

/** A metric row before it has ids: what the confirm writes. */
export type MetricRowDraft = Omit<Metric, 'id' | 'runId' | 'projectId'>;
/** A run row before it has ids and times. */
export type RunRowDraft = Omit<EvalRun, 'id' | 'projectId' | 'createdAt' | 'updatedAt'>;

export interface PlannedMetric {
  row: MetricRowDraft;
  /** The name as the tool wrote it. */
  sourceName: string;
  /** `Accuracy` (catalog) or `Custom metric "rouge1_acc"`. */
  becomes: string;
  isCustom: boolean;
  /** How the mapping decided what the file did not say (direction assumed, latest of several steps). */
  notes: string[];
}

export interface PlannedRun {
  run: RunRowDraft;
  metrics: PlannedMetric[];
  /** The tool's own status word, where it has one. */
  status?: string | undefined;
  notMeasured: LeftOut[];
  notes: string[];
}

export interface EvalImportPlan {
  fileName: string;
  /** The file's sha256, to tell a file imported before. */
  sha256: string;
  toolName: string;
  toolVersion?: string | undefined;
  formatVersion?: string | undefined;
  detectedBy: string;
  runs: PlannedRun[];
  /** Whole parts of the file that are not imported (deleted runs, runs with no measured metric). */
  leftOut: LeftOut[];
}

export interface PlanOptions {
  /** When the import happens, as `toISOString()` writes it. */
  importedAt: string;
  /** The person's local day (YYYY-MM-DD): a run whose file has no date is dated today. */
  today: string;
}

/** Text cut to `max` characters with an ellipsis, or undefined when there is none. */
function clip(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Copies only the defined fields, so optional fields are absent rather than undefined. */
function defined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function runDayOf(date: string | undefined, today: string): { day: string; dated: boolean } {
  const day = date?.slice(0, 10);
  return day && dateProblem(day) === null ? { day, dated: true } : { day: today, dated: false };
}

function uncertaintyOf(metric: ImportedMetric): Pick<MetricRowDraft, 'sampleCount' | 'stderr'> {
  const { sampleCount, stderr } = metric;
  return defined({
    sampleCount:
      sampleCount !== undefined && Number.isInteger(sampleCount) && sampleCount >= 0 && sampleCount <= 1e12
        ? sampleCount
        : undefined,
    stderr:
      stderr !== undefined && Number.isFinite(stderr) && stderr >= 0 && stderr <= 1e15 ? stderr : undefined,
  });
}

function customRow(metric: ImportedMetric, notes: string[]): MetricRowDraft {
  const key = metric.key.startsWith('custom:') ? metric.key : `custom:${customSlug(metric.sourceName)}`;
  if (!metric.direction)
    notes.push('the tool does not say which way is better, so it is stored as higher is better.');
  return {
    key,
    value: metric.value,
    unit: clip(metric.unit, 20) ?? 'score',
    direction: metric.direction ?? 'higher',
    ...uncertaintyOf(metric),
  };
}

/** The row one tool metric becomes: its catalog key where the catalog's rules fit, else a custom metric. */
function metricDraft(metric: ImportedMetric): { row: MetricRowDraft; notes: string[] } {
  const notes: string[] = [];
  const definition = findMetric(metric.key);
  if (definition?.needsK) {
    notes.push(`the file gives no k for ${definition.label}, so it is kept as a custom metric.`);
    return { row: customRow({ ...metric, key: `custom:${customSlug(metric.sourceName)}` }, notes), notes };
  }
  if (definition && metric.direction && metric.direction !== definition.direction) {
    notes.push(
      `the tool says ${metric.direction} is better, unlike the catalog's ${definition.label}, so it is kept as a custom metric.`,
    );
    return { row: customRow({ ...metric, key: `custom:${customSlug(metric.sourceName)}` }, notes), notes };
  }
  if (definition)
    return { row: { key: definition.key, value: metric.value, ...uncertaintyOf(metric) }, notes };
  return { row: customRow(metric, notes), notes };
}

/** Checks a row with the stored schema itself: what passes here is what the database accepts. */
function rowProblem(row: MetricRowDraft): string | null {
  const parsed = metricSchema.safeParse({ id: 'x', runId: 'x', projectId: 'x', ...row });
  if (parsed.success) return null;
  return parsed.error.issues.map((issue) => issue.message).join(' ');
}

function historyNote(metric: ImportedMetric): string | null {
  const history = metric.history ?? [];
  if (history.length < 2) return null;
  const last = history[history.length - 1];
  return `logged at ${history.length} steps; the latest (step ${last?.step ?? 0}) is stored.`;
}

function planMetrics(run: ImportedRun): { metrics: PlannedMetric[]; refused: LeftOut[] } {
  const metrics: PlannedMetric[] = [];
  const refused: LeftOut[] = [];
  const used = new Set<string>();
  for (const metric of run.metrics) {
    const { row, notes } = metricDraft(metric);
    // Two tool metrics may land on one key: the second becomes a custom metric with a numbered name.
    if (used.has(row.key) && !row.key.startsWith('custom:')) {
      Object.assign(row, customRow({ ...metric, key: `custom:${customSlug(metric.sourceName)}` }, notes));
    }
    const base = row.key.slice(0, 44);
    for (let suffix = 2; used.has(row.key); suffix += 1) row.key = `${base}-${suffix}`;
    const problem = rowProblem(row);
    if (problem) {
      refused.push({ field: metric.sourceName, reason: `${problem} Not imported.` });
      continue;
    }
    used.add(row.key);
    const history = historyNote(metric);
    if (history) notes.push(history);
    const isCustom = row.key.startsWith('custom:');
    const label = describeSeries({ key: row.key }).label;
    metrics.push({
      row,
      sourceName: metric.sourceName,
      becomes: isCustom ? `Custom metric “${row.key.slice('custom:'.length)}”` : label,
      isCustom,
      notes,
    });
  }
  return { metrics, refused };
}

function runDraft(
  imported: EvalImport,
  run: ImportedRun,
  options: PlanOptions,
  notes: string[],
): RunRowDraft {
  const { context } = run;
  const { day, dated } = runDayOf(context.date, options.today);
  if (!dated)
    notes.push(`The file gives no date for this run, so it is dated ${day}, the day of the import.`);
  const commit =
    context.commit === undefined
      ? undefined
      : `${context.commit}${context.commitDirty ? ' (with uncommitted changes)' : ''}`;
  const status = run.status ? `Status in the file: ${run.status}.` : undefined;
  const size = context.datasetSize;
  return {
    label: clip(run.label, 120) ?? `${toolNames[imported.source.tool]} run`,
    ranOn: day,
    context: defined({
      model: clip(context.model, 200),
      promptVersion: clip(context.promptVersion, 100),
      datasetName: clip(context.datasetName, 200),
      datasetSize:
        size !== undefined && Number.isInteger(size) && size >= 1 && size <= 1_000_000_000 ? size : undefined,
      datasetSplit: clip(context.datasetSplit, 50),
      commitOrUrl: clip(commit, 500),
      notes: clip([status, ...run.notes].filter((note) => note !== undefined).join(' '), 5000),
    }),
    source: defined({
      tool: imported.source.tool,
      toolVersion: clip(imported.source.toolVersion, 100),
      fileName: clip(imported.source.fileName, 260) ?? 'file',
      sha256: imported.source.sha256,
      importedAt: options.importedAt,
    }),
  };
}

/** What an import will write, run by run, with every value left out and why. Never throws. */
export function planEvalRows(imported: EvalImport, options: PlanOptions): EvalImportPlan {
  const runs: PlannedRun[] = [];
  const leftOut: LeftOut[] = [...imported.leftOut];
  for (const run of imported.runs) {
    const notes: string[] = [];
    const draft = runDraft(imported, run, options, notes);
    const { metrics, refused } = planMetrics(run);
    if (metrics.length === 0) {
      leftOut.push({ field: draft.label, reason: 'has no measured metric, so the run is not imported.' });
      continue;
    }
    const parsed = evalRunSchema.safeParse({
      id: 'x',
      projectId: 'x',
      createdAt: options.importedAt,
      updatedAt: options.importedAt,
      ...draft,
    });
    if (!parsed.success) {
      leftOut.push({ field: draft.label, reason: `${parsed.error.issues[0]?.message ?? 'is not valid.'}` });
      continue;
    }
    runs.push({
      run: draft,
      metrics,
      status: run.status,
      notMeasured: [...run.notMeasured, ...refused],
      notes: [...notes, ...run.notes],
    });
  }
  return {
    fileName: imported.source.fileName,
    sha256: imported.source.sha256,
    toolName: toolNames[imported.source.tool],
    toolVersion: imported.source.toolVersion,
    formatVersion: imported.source.formatVersion,
    detectedBy: imported.source.detectedBy,
    runs,
    leftOut,
  };
}
