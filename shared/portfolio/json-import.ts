// Reads evaluation runs from a JSON file, rejecting prototype-polluting keys and naming the field of every problem.
import { describeGot, type MetricInput } from '../metrics/validate-metric';
import { formatCount } from '../text/plural';
import { capProblems, checkRunInput, isPlainObject } from './check-run';
import type { Checked, EvalRunDraft, FieldProblem } from './types';

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const runFields = ['label', 'ranOn', 'context', 'baselineRunId', 'metrics'];
const metricFields = ['key', 'value', 'k', 'unit', 'direction'];
const maxRuns = 10_000;

const fail = (field: string, message: string): Checked<never> => ({
  ok: false,
  problems: [{ field, message }],
});

/**
 * Every object anywhere in the document that holds `__proto__`, `constructor` or `prototype` as a key.
 * JSON.parse stores such keys as plain data, but code that later copies or merges the object may not.
 * The walk uses its own stack, so deeply nested input cannot overflow the call stack.
 */
function forbiddenKeyProblems(root: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; path: string }[] = [
    { value: root, path: Array.isArray(root) ? 'runs' : '' },
  ];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: `${path}[${index}]` });
      });
    } else if (isPlainObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (forbiddenKeys.has(key)) {
          problems.push({ field: path || 'file', message: `the key ${JSON.stringify(key)} is not allowed.` });
        } else if (typeof child === 'object' && child !== null) {
          stack.push({ value: child, path: path ? `${path}.${key}` : key });
        }
      }
    }
  }
  return problems;
}

function unknownKeyProblems(value: Record<string, unknown>, allowed: string[], path: string): FieldProblem[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({
      field: `${path}.${key}`,
      message: `${JSON.stringify(key)} is not expected here; use ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}.`,
    }));
}

interface MetricEntries {
  /** Metric inputs for `checkRunInput`, which also reports entries that are not objects. */
  inputs: unknown[];
  /** How each entry is named in problems: `metrics[2]` for a list, `metrics.faithfulness` for an object. */
  fields: string[];
}

function metricsFromList(list: unknown[], path: string, problems: FieldProblem[]): MetricEntries {
  const fields = list.map((_, index) => `metrics[${index}]`);
  list.forEach((entry: unknown, index) => {
    if (isPlainObject(entry)) problems.push(...unknownKeyProblems(entry, metricFields, `${path}[${index}]`));
  });
  return { inputs: list, fields };
}

/** `{ "recall_at_k@5": 0.7, "custom:cost-ratio": { "value": 2, "unit": "x", "direction": "lower" } }` */
function metricsFromMap(map: Record<string, unknown>, path: string, problems: FieldProblem[]): MetricEntries {
  const inputs: MetricInput[] = [];
  const fields: string[] = [];
  for (const [name, entry] of Object.entries(map)) {
    const at = name.lastIndexOf('@');
    const key = at === -1 ? name : name.slice(0, at);
    const kInName = at === -1 ? undefined : name.slice(at + 1);
    fields.push(`metrics.${name}`);
    if (!isPlainObject(entry)) {
      inputs.push({ key, value: entry, k: kInName });
      continue;
    }
    problems.push(...unknownKeyProblems(entry, metricFields.slice(1), `${path}.${name}`));
    if (kInName !== undefined && entry.k !== undefined && String(entry.k) !== kInName) {
      problems.push({
        field: `${path}.${name}.k`,
        message: `does not match the k in the name (${kInName}).`,
      });
    }
    inputs.push({ ...entry, key, k: kInName ?? entry.k });
  }
  return { inputs, fields };
}

function metricEntries(metrics: unknown, path: string, problems: FieldProblem[]): MetricEntries | null {
  if (Array.isArray(metrics)) return metricsFromList(metrics, path, problems);
  if (isPlainObject(metrics)) return metricsFromMap(metrics, path, problems);
  problems.push({ field: path, message: 'expected an object or a list.' });
  return null;
}

/** Checks one run of the file; returns the run ready to store, or adds its problems prefixed `runs[i].`. */
function readRun(run: unknown, index: number, problems: FieldProblem[]): EvalRunDraft | null {
  const prefix = `runs[${index}]`;
  if (!isPlainObject(run)) {
    problems.push({
      field: prefix,
      message: `expected a run with ranOn and metrics (got ${describeGot(run)}).`,
    });
    return null;
  }
  const shapeProblems = unknownKeyProblems(run, runFields, prefix);
  const entries = metricEntries(run.metrics, `${prefix}.metrics`, shapeProblems);
  const checked = checkRunInput({
    label: run.label ?? `Imported run ${index + 1}`,
    ranOn: run.ranOn,
    context: run.context,
    baselineRunId: run.baselineRunId,
    metrics: entries?.inputs,
  });
  problems.push(...shapeProblems);
  if (checked.ok) return shapeProblems.length === 0 ? checked.value : null;
  for (const problem of checked.problems) {
    if (entries === null && problem.field === 'metrics') continue;
    const field = problem.field.replace(/^metrics\[(\d+)\]/, (whole, position: string) => {
      return entries?.fields[Number(position)] ?? whole;
    });
    problems.push({ field: `${prefix}.${field}`, message: problem.message });
  }
  return null;
}

function runList(parsed: unknown): { runs: unknown[] } | { problems: FieldProblem[] } {
  if (Array.isArray(parsed)) return { runs: parsed };
  if (!isPlainObject(parsed) || !Array.isArray(parsed.runs)) {
    return { problems: [{ field: 'runs', message: 'expected a list of runs.' }] };
  }
  const extra = Object.keys(parsed).filter((key) => key !== 'runs');
  if (extra.length === 0) return { runs: parsed.runs };
  return {
    problems: extra.map((key) => ({
      field: key,
      message: 'is not expected; the file holds { "runs": [ … ] } or a bare list of runs.',
    })),
  };
}

/**
 * Reads `{ "runs": [...] }` or a bare list of runs. Each run's metrics are a list of `{ key, value, k?, unit?,
 * direction? }` or an object such as `{ "faithfulness": 0.8, "recall_at_k@5": 0.7 }`. Returns the runs ready
 * to store, or every problem (up to 50) with its field, e.g. `runs[2].metrics.faithfulness.value`.
 */
export function parseRunsJson(text: string): Checked<EvalRunDraft[]> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail('file', 'the file is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('file', `not valid JSON (${reason}).`);
  }
  const forbidden = forbiddenKeyProblems(parsed);
  if (forbidden.length > 0) return { ok: false, problems: capProblems(forbidden) };
  const list = runList(parsed);
  if ('problems' in list) return { ok: false, problems: list.problems };
  if (list.runs.length === 0) return fail('runs', 'the file has no runs.');
  if (list.runs.length > maxRuns) return fail('runs', `more than ${formatCount(maxRuns)} runs.`);
  const problems: FieldProblem[] = [];
  const drafts: EvalRunDraft[] = [];
  list.runs.forEach((run: unknown, index) => {
    const draft = readRun(run, index, problems);
    if (draft) drafts.push(draft);
  });
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  return { ok: true, value: drafts };
}
