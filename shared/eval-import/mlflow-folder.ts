// Reads an MLflow file store (`mlruns/`), given as a list of entries because shared/ cannot read disk: one run
// per run folder with its params and tags, and each metric's latest value plus its history over steps.
import { decodeText } from '../text/decode-text';
import { metricRow } from './metric-names';
import { readMeasured, readText, safeIso } from './read-value';
import {
  emptyRun,
  type ImportedRun,
  type LeftOut,
  type MetricPoint,
  type ParsedEvalFile,
  refuse,
} from './types';

const tool = 'MLflow';

export interface FolderEntry {
  /** Path inside the chosen folder, `/`-separated: `mlruns/0/<run id>/metrics/accuracy` or `0/<run id>/…`. */
  relativePath: string;
  bytes?: Uint8Array;
  text?: string;
}

const runStatuses: Record<string, string> = {
  '1': 'RUNNING',
  '2': 'SCHEDULED',
  '3': 'FINISHED',
  '4': 'FAILED',
  '5': 'KILLED',
};

/** The suggested context fields, by the names people commonly give their params. */
const contextParams = {
  model: ['model', 'model_name', 'llm', 'model_id'],
  datasetName: ['dataset', 'dataset_name', 'data'],
  datasetSplit: ['split', 'dataset_split'],
  datasetSize: ['n_samples', 'num_samples', 'dataset_size', 'n_examples'],
  promptVersion: ['prompt_version', 'prompt', 'prompt_template'],
};

export function entryText(entry: FolderEntry): string {
  if (entry.text !== undefined) return entry.text;
  return entry.bytes ? decodeText(entry.bytes).text : '';
}

function normalizePath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^\.?\/+/, '');
}

/** The flat `key: value` lines MLflow's meta.yaml holds (quotes stripped, `null` as absent). */
export function readFlatYaml(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*):\s*(.*)$/.exec(line);
    if (!match?.[1]) continue;
    let value = (match[2] ?? '').trim();
    if ((value.startsWith("'") && value.endsWith("'")) || (value.startsWith('"') && value.endsWith('"')))
      value = value.slice(1, -1);
    if (value === '' || value === 'null' || value === '~') continue;
    values.set(match[1], value);
  }
  return values;
}

interface RunFolder {
  dir: string;
  meta: Map<string, string>;
  metrics: Map<string, string>;
  params: Map<string, string>;
  tags: Map<string, string>;
}

function skipped(path: string): boolean {
  return /(^|\/)(\.trash|models|\.mlflow)(\/|$)/.test(path);
}

/** True when the entries hold at least one run folder: `<exp>/<run>/meta.yaml` with a run id. */
export function looksLikeMlruns(entries: FolderEntry[]): boolean {
  return entries.some((entry) => {
    const path = normalizePath(entry.relativePath);
    return (
      path.endsWith('/meta.yaml') &&
      path.split('/').length >= 3 &&
      /(^|\n)run_(id|uuid):/.test(entryText(entry))
    );
  });
}

function collectRuns(entries: FolderEntry[]): Map<string, RunFolder> {
  const runs = new Map<string, RunFolder>();
  for (const entry of entries) {
    const path = normalizePath(entry.relativePath);
    if (!path.endsWith('/meta.yaml') || skipped(path)) continue;
    const meta = readFlatYaml(entryText(entry));
    if (!meta.has('run_id') && !meta.has('run_uuid')) continue;
    const dir = path.slice(0, -'/meta.yaml'.length);
    runs.set(dir, { dir, meta, metrics: new Map(), params: new Map(), tags: new Map() });
  }
  for (const entry of entries) {
    const path = normalizePath(entry.relativePath);
    for (const kind of ['metrics', 'params', 'tags'] as const) {
      const marker = `/${kind}/`;
      const at = path.indexOf(marker);
      if (at === -1) continue;
      const run = runs.get(path.slice(0, at));
      const key = path.slice(at + marker.length);
      if (run && key !== '') run[kind].set(key, entryText(entry));
    }
  }
  return runs;
}

function parseHistory(text: string, field: string, notMeasured: LeftOut[]): MetricPoint[] {
  const points: MetricPoint[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const [timestamp, value, step] = line.trim().split(/\s+/);
    const ts = readMeasured(timestamp);
    const reading = readMeasured(value);
    const stepReading = step === undefined ? { ok: true as const, value: 0 } : readMeasured(step);
    if (!reading.ok) {
      notMeasured.push({ field: `${field}, line ${index + 1}`, reason: `the value ${reading.reason}` });
      return;
    }
    if (!ts.ok || !stepReading.ok) {
      notMeasured.push({
        field: `${field}, line ${index + 1}`,
        reason: 'has no readable timestamp or step.',
      });
      return;
    }
    points.push({ timestamp: ts.value, value: reading.value, step: stepReading.value });
  });
  return points;
}

function latest(points: MetricPoint[]): MetricPoint | undefined {
  // MLflow's own rule: the largest (step, timestamp, value).
  let best: MetricPoint | undefined;
  for (const point of points) {
    if (
      !best ||
      point.step > best.step ||
      (point.step === best.step &&
        (point.timestamp > best.timestamp ||
          (point.timestamp === best.timestamp && point.value > best.value)))
    )
      best = point;
  }
  return best;
}

function firstParam(params: Map<string, string>, names: string[]): string | undefined {
  for (const name of names) {
    const value = readText(params.get(name));
    if (value) return value;
  }
  return undefined;
}

function folderRun(folder: RunFolder): ImportedRun {
  const runId = folder.meta.get('run_id') ?? folder.meta.get('run_uuid') ?? folder.dir;
  const name = folder.meta.get('run_name') ?? folder.tags.get('mlflow.runName');
  const run = emptyRun(readText(name) ?? runId);
  const status = folder.meta.get('status');
  run.status = status ? (runStatuses[status] ?? status) : undefined;
  const start = readMeasured(folder.meta.get('start_time'));
  const size = readMeasured(firstParam(folder.params, contextParams.datasetSize));
  run.context = {
    model: firstParam(folder.params, contextParams.model),
    promptVersion: firstParam(folder.params, contextParams.promptVersion),
    datasetName: firstParam(folder.params, contextParams.datasetName),
    datasetSplit: firstParam(folder.params, contextParams.datasetSplit),
    datasetSize: size.ok && Number.isInteger(size.value) && size.value >= 0 ? size.value : undefined,
    commit: readText(folder.tags.get('mlflow.source.git.commit')),
    date: start.ok ? safeIso(start.value) : undefined,
  };
  for (const [key, text] of [...folder.metrics].sort(([a], [b]) => a.localeCompare(b))) {
    const field = `${folder.dir}/metrics/${key}`;
    const points = parseHistory(text, field, run.notMeasured);
    const last = latest(points);
    if (!last) {
      if (!run.notMeasured.some((entry) => entry.field.startsWith(field)))
        run.notMeasured.push({ field, reason: 'has no logged value: not measured.' });
      continue;
    }
    const row = metricRow(key, last.value, {});
    if (points.length > 1)
      row.history = [...points].sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
    run.metrics.push(row);
  }
  if (run.status === 'RUNNING') run.notes.push('The run was still running when the folder was read.');
  if (run.status === 'FAILED' || run.status === 'KILLED')
    run.notes.push(`MLflow marks the run ${run.status}.`);
  const paramCount = folder.params.size;
  if (paramCount > 0)
    run.notes.push(
      `${paramCount} param${paramCount === 1 ? '' : 's'} logged; the model, dataset and split were suggested from their names.`,
    );
  return run;
}

/** Parses the entries of a chosen `mlruns/` folder. */
export function parseMlrunsFolder(entries: FolderEntry[]): ParsedEvalFile {
  const folders = collectRuns(entries);
  if (folders.size === 0)
    return refuse(
      'folder',
      `this folder holds no ${tool} run: no "<experiment>/<run>/meta.yaml" with a run_id. Since MLflow 3.7 runs are kept in mlflow.db by default; export them with "mlflow experiments csv" instead.`,
    );
  const runs: ImportedRun[] = [];
  const leftOut: LeftOut[] = [];
  for (const folder of [...folders.values()].sort((a, b) => a.dir.localeCompare(b.dir))) {
    if (folder.meta.get('lifecycle_stage') === 'deleted') {
      leftOut.push({ field: folder.dir, reason: 'is a deleted run.' });
      continue;
    }
    runs.push(folderRun(folder));
  }
  if (runs.length === 0) return refuse('folder', `every ${tool} run in this folder is deleted.`);
  return { ok: true, formatVersion: 'file store', runs, leftOut };
}
