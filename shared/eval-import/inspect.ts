// Reads Inspect AI eval logs (`.json`, and the header of a `.eval` ZIP): one run per log, one metric per
// scorer and metric, with `stderr` attached to its sibling metrics; cancelled and error logs say so.
import { decodeText } from '../text/decode-text';
import { metricRow, separateKeyClashes } from './metric-names';
import { isoFromText, isPlainRecord, own, ownRecord, readCount, readMeasured, readText } from './read-value';
import { parseJsonTolerant } from './tolerant-json';
import { emptyRun, type ImportedMetric, type LeftOut, type ParsedEvalFile, refuse } from './types';
import { readZipMembers } from './zip';

const tool = 'Inspect AI';
export const inspectStatuses = ['started', 'success', 'cancelled', 'error'] as const;
const uncertaintyMetrics = new Set(['stderr']);

/** True when a JSON value has the shape of an Inspect log: integer version, a known status, eval.task and model. */
export function looksLikeInspectLog(doc: unknown): boolean {
  if (!isPlainRecord(doc)) return false;
  const evalSpec = ownRecord(doc, 'eval');
  return (
    typeof own(doc, 'version') === 'number' &&
    typeof own(doc, 'status') === 'string' &&
    evalSpec !== undefined &&
    (own(evalSpec, 'task') !== undefined || own(evalSpec, 'model') !== undefined)
  );
}

/** The scores list, from `results.scores` or the version 1 `results.scorer` + `results.metrics`. */
function scoresOf(results: Record<string, unknown>): Record<string, unknown>[] {
  const scores = own(results, 'scores');
  if (Array.isArray(scores)) return scores.filter(isPlainRecord);
  const scorer = ownRecord(results, 'scorer');
  if (scorer) return [{ ...scorer, scorer: own(scorer, 'name'), metrics: own(results, 'metrics') }];
  return [];
}

function scoreMetrics(
  score: Record<string, unknown>,
  index: number,
  completed: number | undefined,
  notMeasured: LeftOut[],
): ImportedMetric[] {
  const scoreName = readText(own(score, 'name')) ?? readText(own(score, 'scorer')) ?? `score ${index + 1}`;
  const metrics = ownRecord(score, 'metrics') ?? {};
  const sampleCount = readCount(own(score, 'scored_samples')) ?? completed;
  const field = (name: string) => `results.scores[${index}].metrics.${name}.value`;
  let stderr: number | undefined;
  for (const [name, metric] of Object.entries(metrics)) {
    if (!uncertaintyMetrics.has(name) || !isPlainRecord(metric)) continue;
    const reading = readMeasured(own(metric, 'value'));
    if (reading.ok && reading.value >= 0) stderr = reading.value;
    else notMeasured.push({ field: field(name), reason: reading.ok ? 'is negative.' : reading.reason });
  }
  const rows: ImportedMetric[] = [];
  for (const [name, metric] of Object.entries(metrics)) {
    if (uncertaintyMetrics.has(name) || !isPlainRecord(metric)) continue;
    const reading = readMeasured(own(metric, 'value'));
    if (!reading.ok) {
      notMeasured.push({ field: field(name), reason: reading.reason });
      continue;
    }
    const row = metricRow(`${scoreName}/${name}`, reading.value, {
      lookupName: name,
      customName: `${scoreName}-${name}`,
      sampleCount,
    });
    if (stderr !== undefined) row.stderr = stderr;
    rows.push(row);
  }
  return rows;
}

function tokensPerSample(doc: Record<string, unknown>, completed: number | undefined): ImportedMetric | null {
  const usage = ownRecord(ownRecord(doc, 'stats') ?? {}, 'model_usage');
  if (!usage || !completed) return null;
  let total = 0;
  for (const entry of Object.values(usage)) {
    if (!isPlainRecord(entry)) continue;
    const reading = readMeasured(own(entry, 'total_tokens'));
    if (reading.ok) total += reading.value;
  }
  if (total <= 0) return null;
  return metricRow('stats.model_usage total_tokens per sample', total / completed, {
    customName: 'tokens-per-sample',
    toolDirection: undefined,
    unit: 'tokens',
    direction: 'lower',
    directionFrom: 'known-name',
    sampleCount: completed,
  });
}

/** Parses an Inspect log that is already JSON (a `.json` log, or a `.eval` header). */
export function parseInspectLog(doc: unknown): ParsedEvalFile {
  if (!isPlainRecord(doc)) return refuse('file', `this is not an ${tool} log (not a JSON object).`);
  const version = own(doc, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version))
    return refuse('version', `this looks like an ${tool} log but has no whole-number "version".`);
  if (version > 2 || version < 1)
    return refuse(
      'version',
      `${tool} log version ${version} is not one ShipReady knows; it reads versions 1 and 2 (Inspect itself refuses newer ones).`,
    );
  const status = own(doc, 'status');
  if (typeof status !== 'string' || !(inspectStatuses as readonly string[]).includes(status))
    return refuse('status', `this ${tool} log (version ${version}) has no known "status".`);
  const evalSpec = ownRecord(doc, 'eval');
  if (!evalSpec) return refuse('eval', `this ${tool} log (version ${version}) has no "eval" section.`);
  const task = readText(own(evalSpec, 'task'));
  const model = readText(own(evalSpec, 'model'));
  if (!task)
    return refuse('eval.task', `this ${tool} log (version ${version}) names no task in "eval.task".`);
  if (!model)
    return refuse('eval.model', `this ${tool} log (version ${version}) names no model in "eval.model".`);
  const results = ownRecord(doc, 'results');
  const completed = results ? readCount(own(results, 'completed_samples')) : undefined;
  const total = results ? readCount(own(results, 'total_samples')) : undefined;
  const dataset = ownRecord(evalSpec, 'dataset') ?? {};
  const revision = ownRecord(evalSpec, 'revision');
  const taskVersion = readText(own(evalSpec, 'task_version'));
  const run = emptyRun(`${task} · ${model}`);
  run.status = status;
  run.context = {
    model,
    promptVersion: taskVersion !== undefined ? `${task}@${taskVersion}` : task,
    datasetName: readText(own(dataset, 'name')) ?? readText(own(dataset, 'location')),
    datasetSize: completed ?? readCount(own(dataset, 'samples')),
    commit: revision ? readText(own(revision, 'commit')) : undefined,
    commitDirty:
      revision && typeof own(revision, 'dirty') === 'boolean' ? own(revision, 'dirty') === true : undefined,
    date: isoFromText(own(evalSpec, 'created')),
  };
  const rows = scoresOf(results ?? {}).flatMap((score, index) =>
    scoreMetrics(score, index, completed, run.notMeasured),
  );
  const tokens = tokensPerSample(doc, completed);
  if (tokens) rows.push(tokens);
  run.metrics = separateKeyClashes(rows);
  if (status === 'cancelled')
    run.notes.push(
      `The run was cancelled: its results cover the ${completed ?? 'completed'} samples finished before it stopped${total !== undefined ? `, of ${total}` : ''}.`,
    );
  if (status === 'error') {
    const message = readText(own(ownRecord(doc, 'error') ?? {}, 'message'), 300);
    run.notes.push(`The run ended with an error${message ? `: ${message}` : ''}.`);
  }
  if (status === 'started') run.notes.push('The log is of a run that never finished: it has no results.');
  if (run.context.commitDirty) run.notes.push('The commit had uncommitted changes when the run started.');
  const packages = ownRecord(evalSpec, 'packages');
  return {
    ok: true,
    toolVersion: packages ? readText(own(packages, 'inspect_ai')) : undefined,
    formatVersion: String(version),
    runs: [run],
    leftOut: [],
  };
}

function jsonMember(members: Map<string, Uint8Array>, name: string) {
  const bytes = members.get(name);
  if (!bytes) return null;
  return parseJsonTolerant(decodeText(bytes).text);
}

/** Parses a `.eval` ZIP: `header.json`, else `_journal/start.json` (a crashed or running log), else the
 * first `.eval` layout (`start.json` and `results.json` at the root). Samples are never read. */
export function parseInspectEvalZip(bytes: Uint8Array): ParsedEvalFile {
  const names = ['header.json', '_journal/start.json', 'start.json', 'results.json'];
  const zip = readZipMembers(bytes, (name) => names.includes(name));
  if (!zip.ok) return refuse('file', `this ${tool} .eval file cannot be read: ${zip.message}.`);
  const skipped = zip.skipped.map((reason) => ({ field: 'file', reason }));
  const header = jsonMember(zip.members, 'header.json');
  if (header) {
    if (!header.ok)
      return refuse('header.json', `the ${tool} log header is not valid JSON (${header.message}).`);
    return withLeftOut(parseInspectLog(header.value), skipped);
  }
  const journalStart = jsonMember(zip.members, '_journal/start.json');
  const legacyStart = jsonMember(zip.members, 'start.json');
  const start = journalStart ?? legacyStart;
  if (!start) {
    return refuse(
      'header.json',
      zip.skipped[0]
        ? `this ${tool} .eval file's header cannot be read: ${zip.skipped[0]}.`
        : `this ZIP has neither "header.json" nor "_journal/start.json", so it is not an ${tool} log.`,
    );
  }
  if (!start.ok) return refuse('start.json', `the ${tool} log start is not valid JSON (${start.message}).`);
  const legacyResults = journalStart ? null : jsonMember(zip.members, 'results.json');
  const startDoc = isPlainRecord(start.value) ? start.value : {};
  const resultsDoc = legacyResults?.ok && isPlainRecord(legacyResults.value) ? legacyResults.value : {};
  const merged = { status: 'started', ...startDoc, ...resultsDoc };
  return withLeftOut(parseInspectLog(merged), skipped);
}

function withLeftOut(parsed: ParsedEvalFile, leftOut: LeftOut[]): ParsedEvalFile {
  return parsed.ok ? { ...parsed, leftOut: [...parsed.leftOut, ...leftOut] } : parsed;
}
