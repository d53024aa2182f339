// Reads lm-evaluation-harness `results_*.json` (0.4 `acc,none` keys, and 0.3 plain keys): one run per task
// and per group, with the task's dataset, split and effective sample count, and `higher_is_better` directions.
import { metricRow } from './metric-names';
import { isPlainRecord, own, ownRecord, readCount, readMeasured, readText, safeIso } from './read-value';
import { emptyRun, type ImportedRun, type LeftOut, type ParsedEvalFile, refuse } from './types';

const tool = 'lm-evaluation-harness';
const skippedKeys = new Set(['alias', 'name', 'sample_len', ' ']);

/** `0.4` for files with `metric,filter` keys, `0.3` for plain keys. */
export function lmEvalKeyStyle(doc: Record<string, unknown>): '0.3' | '0.4' | null {
  const results = ownRecord(doc, 'results');
  if (!results) return null;
  const tasks = Object.values(results).filter(isPlainRecord);
  if (tasks.length === 0) return null;
  return tasks.some((task) => Object.keys(task).some((key) => key.includes(','))) ? '0.4' : '0.3';
}

function modelName(doc: Record<string, unknown>): string | undefined {
  const config = ownRecord(doc, 'config') ?? {};
  const named = readText(own(doc, 'model_name'));
  if (named) return named;
  const args = own(config, 'model_args');
  const argText = typeof args === 'string' ? args : undefined;
  const argRecord = isPlainRecord(args) ? args : undefined;
  const fromArgs =
    readText(argRecord ? (own(argRecord, 'pretrained') ?? own(argRecord, 'model')) : undefined) ??
    (argText ? /(?:^|,)\s*(?:pretrained|model|path|engine)=([^,]+)/.exec(argText)?.[1]?.trim() : undefined);
  return fromArgs ?? readText(own(config, 'model'));
}

function dateOf(doc: Record<string, unknown>): string | undefined {
  const date = own(doc, 'date');
  if (typeof date === 'number') return safeIso(date * 1000);
  return undefined;
}

interface TaskMetrics {
  metric: string;
  filter: string | null;
  key: string;
}

/** The metric keys of one task entry, in file order, without stderr companions and labels. */
function metricKeys(entry: Record<string, unknown>, style: '0.3' | '0.4'): TaskMetrics[] {
  const found: TaskMetrics[] = [];
  for (const key of Object.keys(entry)) {
    if (skippedKeys.has(key)) continue;
    const [name = '', filter] = style === '0.4' ? splitFilter(key) : [key, null];
    if (style === '0.4' && filter === null) continue;
    if (name.endsWith('_stderr') || name === '') continue;
    found.push({ metric: name, filter, key });
  }
  return found;
}

function splitFilter(key: string): [string, string | null] {
  const comma = key.indexOf(',');
  return comma === -1 ? [key, null] : [key.slice(0, comma), key.slice(comma + 1)];
}

function taskRun(
  doc: Record<string, unknown>,
  task: string,
  entry: Record<string, unknown>,
  style: '0.3' | '0.4',
  where: string,
): ImportedRun {
  const configs = ownRecord(doc, 'configs') ?? {};
  const taskConfig = ownRecord(configs, task) ?? {};
  const samples = ownRecord(ownRecord(doc, 'n-samples') ?? {}, task);
  const directions = ownRecord(ownRecord(doc, 'higher_is_better') ?? {}, task) ?? {};
  const model = modelName(doc);
  const run = emptyRun(model ? `${task} · ${model}` : task);
  const datasetPath = readText(own(taskConfig, 'dataset_path'));
  const datasetName = readText(own(taskConfig, 'dataset_name'));
  const version = readText(own(ownRecord(doc, 'versions') ?? {}, task));
  const shots = readCount(own(ownRecord(doc, 'n-shot') ?? {}, task));
  const templateSha = readText(own(doc, 'chat_template_sha'));
  const size = samples ? readCount(own(samples, 'effective')) : undefined;
  const promptParts = [
    version ? `${task} v${version}` : task,
    shots !== undefined ? `${shots}-shot` : undefined,
    templateSha ? `chat template ${templateSha.slice(0, 12)}` : undefined,
  ].filter((part): part is string => part !== undefined);
  run.context = {
    model,
    promptVersion: promptParts.join(', '),
    datasetName: datasetPath ? (datasetName ? `${datasetPath}/${datasetName}` : datasetPath) : task,
    datasetSize: size,
    datasetSplit: readText(own(taskConfig, 'test_split')) ?? readText(own(taskConfig, 'validation_split')),
    commit: readText(own(doc, 'git_hash')),
    date: dateOf(doc),
  };
  const keys = metricKeys(entry, style);
  const filtersPerMetric = new Map<string, number>();
  for (const { metric } of keys) filtersPerMetric.set(metric, (filtersPerMetric.get(metric) ?? 0) + 1);
  for (const { metric, filter, key } of keys) {
    const field = `${where}.${task}["${key}"]`;
    const reading = readMeasured(own(entry, key));
    if (!reading.ok) {
      run.notMeasured.push({ field, reason: reading.reason });
      continue;
    }
    const several = (filtersPerMetric.get(metric) ?? 0) > 1;
    const stated = own(directions, metric);
    const toolDirection = stated === true ? 'higher' : stated === false ? 'lower' : undefined;
    const row = metricRow(key, reading.value, {
      lookupName: several ? key : metric,
      customName: several && filter ? `${metric}-${filter}` : metric,
      toolDirection,
      sampleCount: size,
    });
    const stderrKey = filter === null ? `${metric}_stderr` : `${metric}_stderr,${filter}`;
    if (Object.hasOwn(entry, stderrKey)) {
      const stderr = readMeasured(own(entry, stderrKey));
      if (stderr.ok && stderr.value >= 0) row.stderr = stderr.value;
      else
        run.notMeasured.push({
          field: `${where}.${task}["${stderrKey}"]`,
          reason: stderr.ok ? 'is negative, so no standard error is kept.' : stderr.reason,
        });
    }
    run.metrics.push(row);
  }
  for (const [metric, count] of filtersPerMetric) {
    if (count > 1)
      run.notes.push(`${metric} was scored with ${count} filters; each is kept as its own metric.`);
  }
  return run;
}

/** Parses a results file already read as JSON. */
export function parseLmEval(doc: unknown): ParsedEvalFile {
  if (!isPlainRecord(doc)) return refuse('file', `this is not an ${tool} results file (not a JSON object).`);
  const style = lmEvalKeyStyle(doc);
  if (style === null)
    return refuse('results', `this looks like an ${tool} file but has no "results" object of tasks.`);
  const version = readText(own(doc, 'lm_eval_version'));
  if (version && !/^0\.[34](\.|$)/.test(version)) {
    return refuse(
      'lm_eval_version',
      `${tool} ${version} is a version ShipReady does not know; it reads the results files of 0.3 and 0.4.`,
    );
  }
  if (style === '0.3' && !ownRecord(doc, 'versions')) {
    return refuse(
      'versions',
      `this looks like an ${tool} 0.3 results file but has no "versions" object, which every 0.3 file has.`,
    );
  }
  const runs: ImportedRun[] = [];
  const leftOut: LeftOut[] = [];
  const results = ownRecord(doc, 'results') ?? {};
  for (const [task, entry] of Object.entries(results)) {
    if (!isPlainRecord(entry)) {
      leftOut.push({ field: `results.${task}`, reason: 'is not an object of metrics.' });
      continue;
    }
    const run = taskRun(doc, task, entry, style, 'results');
    if (run.metrics.length > 0 || run.notMeasured.length > 0) runs.push(run);
  }
  const groups = ownRecord(doc, 'groups') ?? {};
  for (const [group, entry] of Object.entries(groups)) {
    if (Object.hasOwn(results, group) || !isPlainRecord(entry)) continue;
    const run = taskRun(doc, group, entry, style, 'groups');
    if (run.metrics.length > 0) runs.push(run);
  }
  if (runs.length === 0) return refuse('results', `the ${tool} file holds no task with a metric.`);
  return {
    ok: true,
    toolVersion: version,
    formatVersion: style === '0.4' ? '0.4 keys (metric,filter)' : '0.3 keys (plain)',
    runs,
    leftOut,
  };
}
