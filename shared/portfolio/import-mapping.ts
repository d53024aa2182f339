// Maps CSV columns to run fields and metrics, guesses that mapping from the headers, and turns rows into runs.
import { metricCatalog } from '../metrics/catalog';
import { checkMetricInput, describeSeries, metricSubject, seriesId } from '../metrics/validate-metric';
import { capProblems, checkRunInput } from './check-run';
import type { Checked, EvalRunDraft, FieldProblem } from './types';

/** Which column holds each field; every value is a column name. */
export interface ImportMapping {
  label?: string;
  ranOn: string;
  model?: string;
  promptVersion?: string;
  datasetName?: string;
  datasetSize?: string;
  datasetSplit?: string;
  commitOrUrl?: string;
  notes?: string;
  metrics: { column: string; key: string; k?: number; unit?: string; direction?: 'higher' | 'lower' }[];
}

type MappedField = Exclude<keyof ImportMapping, 'metrics'>;
type ContextField = Exclude<MappedField, 'label' | 'ranOn'>;
type MetricColumn = ImportMapping['metrics'][number];

const contextFields: ContextField[] = [
  'model',
  'promptVersion',
  'datasetName',
  'datasetSize',
  'datasetSplit',
  'commitOrUrl',
  'notes',
];

/** Header spellings per field, already normalised (lower case, no spaces, dashes or underscores). */
const fieldNames: [MappedField, string[]][] = [
  ['ranOn', ['date', 'ranon', 'rundate', 'evaldate']],
  ['label', ['label', 'name', 'run', 'runname', 'runlabel']],
  ['model', ['model', 'modelname']],
  ['promptVersion', ['prompt', 'promptversion']],
  ['datasetName', ['dataset', 'datasetname']],
  ['datasetSize', ['datasetsize', 'n', 'size']],
  ['datasetSplit', ['split', 'datasetsplit']],
  ['commitOrUrl', ['commit', 'url', 'commitorurl']],
  ['notes', ['notes', 'note', 'comments']],
];

/** Common short names for catalog metrics, normalised like headers. */
const metricAliases: Record<string, string> = {
  p50: 'latency_p50_ms',
  p95: 'latency_p95_ms',
  p99: 'latency_p99_ms',
  latencyp50: 'latency_p50_ms',
  latencyp95: 'latency_p95_ms',
  latencyp99: 'latency_p99_ms',
  p50ms: 'latency_p50_ms',
  p95ms: 'latency_p95_ms',
  p99ms: 'latency_p99_ms',
  ttft: 'ttft_ms',
  tokens: 'tokens_per_request',
  cost: 'cost_per_1k_requests_usd',
  costper1k: 'cost_per_1k_requests_usd',
  em: 'exact_match',
  acc: 'accuracy',
  f1score: 'f1',
};

const atKPrefixes: Record<string, string> = {
  recall: 'recall_at_k',
  precision: 'precision_at_k',
  ndcg: 'ndcg_at_k',
};

const normalise = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');

const catalogByName = new Map<string, string>(
  metricCatalog.flatMap((definition) => [
    [normalise(definition.key), definition.key],
    [normalise(definition.label), definition.key],
  ]),
);

/** The catalog metric a header names, with its k for @k metrics (`recall@5`, `recall_at_5`, `nDCG@10`). */
function guessMetric(header: string): { key: string; k?: number } | null {
  const name = normalise(header);
  const atK = /^(recall|precision|ndcg)(?:@|at)(\d{1,4})$/.exec(name);
  if (atK) {
    const key = atKPrefixes[atK[1] ?? ''];
    const k = Number(atK[2]);
    return key && k >= 1 && k <= 1000 ? { key, k } : null;
  }
  const key = catalogByName.get(name) ?? metricAliases[name];
  if (!key || metricCatalog.find((definition) => definition.key === key)?.needsK) return null;
  return { key };
}

/** A first guess at the mapping from header names; `ranOn` is '' when no column looks like a date. */
export function guessMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = { ranOn: '', metrics: [] };
  const used = new Set<string>();
  for (const [field, names] of fieldNames) {
    const header = headers.find((candidate) => !used.has(candidate) && names.includes(normalise(candidate)));
    if (header === undefined) continue;
    mapping[field] = header;
    used.add(header);
  }
  const series = new Set<string>();
  for (const header of headers) {
    const metric = used.has(header) ? null : guessMetric(header);
    if (!metric || series.has(seriesId(metric))) continue;
    series.add(seriesId(metric));
    mapping.metrics.push({ column: header, ...metric });
  }
  return mapping;
}

function listHeaders(headers: string[]): string {
  const shown = headers.slice(0, 20).join(', ');
  return headers.length > 20 ? `${shown}, …` : shown;
}

/** Problems with the mapping itself, reported once rather than on every row. */
function mappingProblems(headers: string[], mapping: ImportMapping): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (mapping.ranOn === '') {
    problems.push({ field: 'mapping.ranOn', message: "choose the column that holds each run's date." });
  }
  const columns = [
    ...fieldNames.map(([field]) => mapping[field]),
    ...mapping.metrics.map((metric) => metric.column),
  ];
  for (const column of new Set(columns)) {
    if (column === undefined || column === '' || headers.includes(column)) continue;
    problems.push({
      field: 'mapping',
      message: `column ${JSON.stringify(column)} is not in the file (it has: ${listHeaders(headers)}).`,
    });
  }
  const mappedFrom = new Map<string, string>();
  for (const metric of mapping.metrics) {
    const field = `column ${JSON.stringify(metric.column)}`;
    const checked = checkMetricInput({ ...metric, value: 0 }, field);
    if (!checked.ok) {
      for (const problem of checked.problems) problems.push({ field, message: problem.message });
      continue;
    }
    const id = seriesId(checked.value);
    const earlier = mappedFrom.get(id);
    if (earlier !== undefined) {
      const label = describeSeries(checked.value).label;
      problems.push({ field, message: `${label} is already read from column ${JSON.stringify(earlier)}.` });
    }
    mappedFrom.set(id, metric.column);
  }
  return problems;
}

interface RowRun {
  input: {
    label: string;
    ranOn: string;
    context: Partial<Record<ContextField, string>>;
    metrics: { key: string; value: string; k?: number; unit?: string; direction?: 'higher' | 'lower' }[];
  };
  /** The column each entry of `input.metrics` came from. */
  metricColumns: MetricColumn[];
}

function rowToRun(
  columnIndex: Map<string, number>,
  row: string[],
  rowNumber: number,
  mapping: ImportMapping,
): RowRun {
  const cell = (column: string | undefined) => {
    const index = column ? columnIndex.get(column) : undefined;
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const context: Partial<Record<ContextField, string>> = {};
  for (const field of contextFields) {
    const value = cell(mapping[field]);
    if (value !== '') context[field] = value;
  }
  const metricColumns = mapping.metrics.filter((metric) => cell(metric.column) !== '');
  const metrics = metricColumns.map(({ column, ...metric }) => ({ ...metric, value: cell(column) }));
  const label = cell(mapping.label) || `Imported run ${rowNumber}`;
  return { input: { label, ranOn: cell(mapping.ranOn), context, metrics }, metricColumns };
}

/** Turns a problem from `checkRun` into one that names the row and, where there is one, the column. */
function rowProblem(
  problem: FieldProblem,
  rowNumber: number,
  run: RowRun,
  mapping: ImportMapping,
): FieldProblem {
  const row = `row ${rowNumber}`;
  const inColumn = (column: string | undefined, message = problem.message): FieldProblem =>
    !column ? { field: row, message } : { field: `${row}, column ${JSON.stringify(column)}`, message };
  const metric = /^metrics\[(\d+)\]/.exec(problem.field);
  if (metric) {
    const column = run.metricColumns[Number(metric[1])];
    const subject = column ? `${metricSubject(column)} ` : '';
    const message =
      subject && problem.message.startsWith(subject)
        ? problem.message.slice(subject.length)
        : problem.message;
    return inColumn(column?.column, message);
  }
  if (problem.field === 'label') return inColumn(mapping.label);
  if (problem.field === 'ranOn') return inColumn(mapping.ranOn);
  const context = /^context\.(\w+)$/.exec(problem.field)?.[1];
  const field = contextFields.find((name) => name === context);
  if (field) return inColumn(mapping[field]);
  if (problem.field === 'metrics') return { field: row, message: problem.message };
  return { field: row, message: `${problem.field}: ${problem.message}` };
}

/**
 * Checks every row of a parsed CSV as a run and returns the runs ready to store (text trimmed, numbers
 * parsed), or every problem, naming row and column (`row 4, column "faithfulness": …`), up to 50.
 * Row numbers count data rows from 1. An empty metric cell means the run did not measure that metric.
 */
export function rowsToRunDrafts(
  table: { headers: string[]; rows: string[][] },
  mapping: ImportMapping,
): Checked<EvalRunDraft[]> {
  const setup = mappingProblems(table.headers, mapping);
  if (setup.length > 0) return { ok: false, problems: capProblems(setup) };
  if (table.rows.length === 0) {
    return {
      ok: false,
      problems: [{ field: 'file', message: 'there are no rows to import under the header.' }],
    };
  }
  const columnIndex = new Map(table.headers.map((header, index) => [header, index]));
  const problems: FieldProblem[] = [];
  const drafts: EvalRunDraft[] = [];
  table.rows.forEach((row, index) => {
    const run = rowToRun(columnIndex, row, index + 1, mapping);
    const checked = checkRunInput(run.input);
    if (checked.ok) drafts.push(checked.value);
    else problems.push(...checked.problems.map((problem) => rowProblem(problem, index + 1, run, mapping)));
  });
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  return { ok: true, value: drafts };
}
