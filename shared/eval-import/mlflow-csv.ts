// Reads the CSV of MLflow's `search_runs` (and `mlflow experiments csv`): one run per row, its `metrics.*`
// columns as metrics, `params.*` and `tags.*` for context.
import { metricRow } from './metric-names';
import { readMeasured, readText, safeIso } from './read-value';
import { emptyRun, type ImportedRun, type ParsedEvalFile, refuse } from './types';

const tool = 'MLflow';
const infoColumns = ['run_id', 'experiment_id', 'status', 'artifact_uri', 'start_time', 'end_time'];

export function looksLikeMlflowCsv(headers: string[]): boolean {
  return headers.includes('run_id') && headers.some((header) => header.startsWith('metrics.'));
}

/** pandas writes `2026-03-01 10:00:00.123000+00:00`; Date.parse wants `T` and at most milliseconds. */
function timeOf(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const text = cell
    .trim()
    .replace(' ', 'T')
    .replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(text);
  if (Number.isFinite(ms)) return safeIso(ms);
  const number = readMeasured(cell);
  return number.ok ? safeIso(number.value) : undefined;
}

/** Parses a search_runs table already read from CSV. */
export function parseMlflowCsv(headers: string[], rows: string[][]): ParsedEvalFile {
  const missing = infoColumns.filter((column) => !headers.includes(column) && column !== 'artifact_uri');
  if (missing.length > 0)
    return refuse(
      'header',
      `this looks like an ${tool} search_runs CSV but has no ${missing.map((column) => `"${column}"`).join(', ')} column.`,
    );
  const column = (name: string) => headers.indexOf(name);
  const runs: ImportedRun[] = [];
  rows.forEach((cells, index) => {
    const cell = (name: string) => {
      const at = column(name);
      return at === -1 ? undefined : cells[at];
    };
    const runId = readText(cell('run_id')) ?? `row ${index + 1}`;
    const run = emptyRun(readText(cell('tags.mlflow.runName')) ?? runId);
    run.status = readText(cell('status'));
    const size = readMeasured(
      cell('params.n_samples') ?? cell('params.num_samples') ?? cell('params.dataset_size'),
    );
    run.context = {
      model: readText(cell('params.model') ?? cell('params.model_name') ?? cell('params.llm')),
      datasetName: readText(cell('params.dataset') ?? cell('params.dataset_name')),
      datasetSplit: readText(cell('params.split') ?? cell('params.dataset_split')),
      datasetSize: size.ok && Number.isInteger(size.value) && size.value >= 0 ? size.value : undefined,
      promptVersion: readText(cell('params.prompt_version')),
      commit: readText(cell('tags.mlflow.source.git.commit')),
      date: timeOf(cell('start_time')),
    };
    headers.forEach((header, at) => {
      if (!header.startsWith('metrics.')) return;
      const name = header.slice('metrics.'.length);
      const reading = readMeasured(cells[at]);
      if (reading.ok) run.metrics.push(metricRow(name, reading.value, {}));
      else run.notMeasured.push({ field: `row ${index + 1}, column "${header}"`, reason: reading.reason });
    });
    runs.push(run);
  });
  if (runs.length === 0) return refuse('file', `this ${tool} CSV has a header but no runs.`);
  return { ok: true, formatVersion: 'search_runs CSV', runs, leftOut: [] };
}
