// Checks an evaluation run as typed or imported and reports every problem at once, each naming its field.

import type { EvalRunContext } from '../domain/eval-runs';
import {
  checkMetricInput,
  describeGot,
  describeSeries,
  readNumber,
  seriesId,
} from '../metrics/validate-metric';
import { formatCount } from '../text/plural';
import type { Checked, CheckedMetric, CheckedRun, EvalRunDraft, FieldProblem } from './types';

/** A run from outside the type system (a parsed file): every field is checked at run time. */
export interface RunInput {
  label?: unknown;
  ranOn?: unknown;
  context?: unknown;
  baselineRunId?: unknown;
  metrics?: unknown;
}

export interface CheckRunOptions {
  /** When given, a baseline must be one of these run ids. */
  knownRunIds?: ReadonlySet<string>;
}

type TextContextField = 'model' | 'promptVersion' | 'datasetName' | 'datasetSplit' | 'commitOrUrl' | 'notes';

const textLimits: [TextContextField, number][] = [
  ['model', 200],
  ['promptVersion', 100],
  ['datasetName', 200],
  ['datasetSplit', 50],
  ['commitOrUrl', 500],
  ['notes', 5000],
];
const contextFields = [
  'model',
  'promptVersion',
  'datasetName',
  'datasetSize',
  'datasetSplit',
  'commitOrUrl',
  'notes',
];
const maxLabelLength = 120;
const maxDatasetSize = 1_000_000_000;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the first `max` problems and says how many more there were, so a bad file stays readable. */
export function capProblems(problems: FieldProblem[], max = 50): FieldProblem[] {
  if (problems.length <= max) return problems;
  const more = problems.length - max;
  return [
    ...problems.slice(0, max),
    { field: 'file', message: `… and ${formatCount(more)} more problem${more === 1 ? '' : 's'}.` },
  ];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar day written YYYY-MM-DD, from 2000-01-01 to 2100-12-31; the message when it is not. */
export function dateProblem(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return `enter a date as YYYY-MM-DD (got ${describeGot(day)}).`;
  const [year, month, date] = match.slice(1).map(Number);
  if (year === undefined || month === undefined || date === undefined) return 'enter a date as YYYY-MM-DD.';
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) {
    return `${day} is not a day in the calendar.`;
  }
  if (year < 2000 || year > 2100) return `must be between 2000-01-01 and 2100-12-31 (got ${day}).`;
  return null;
}

function checkLabel(label: unknown, problems: FieldProblem[]): string {
  const text = typeof label === 'string' ? label.trim() : '';
  if (typeof label !== 'string' && label !== undefined && label !== null) {
    problems.push({ field: 'label', message: `enter the label as text (got ${describeGot(label)}).` });
  } else if (text === '') {
    problems.push({ field: 'label', message: `enter a label of 1 to ${maxLabelLength} characters.` });
  } else if (text.length > maxLabelLength) {
    problems.push({
      field: 'label',
      message: `must be ${maxLabelLength} characters or fewer (got ${text.length}).`,
    });
  }
  return text;
}

function checkRanOn(ranOn: unknown, problems: FieldProblem[]): string {
  if (typeof ranOn !== 'string' || ranOn.trim() === '') {
    const got = ranOn === undefined || ranOn === null || ranOn === '' ? '' : ` (got ${describeGot(ranOn)})`;
    problems.push({ field: 'ranOn', message: `enter the date the run was made, as YYYY-MM-DD${got}.` });
    return '';
  }
  const day = ranOn.trim();
  const message = dateProblem(day);
  if (message) problems.push({ field: 'ranOn', message });
  return day;
}

function checkDatasetSize(value: unknown, problems: FieldProblem[]): number | undefined {
  const reading = readNumber(value);
  const wanted = `a whole number from 1 to ${formatCount(maxDatasetSize)}`;
  if (reading.kind === 'empty') return undefined;
  if (
    reading.kind === 'number' &&
    Number.isInteger(reading.value) &&
    reading.value >= 1 &&
    reading.value <= maxDatasetSize
  ) {
    return reading.value;
  }
  const message =
    reading.kind === 'text'
      ? `enter ${wanted} (got ${describeGot(value)}).`
      : reading.kind === 'not-finite'
        ? `must be a finite number (got ${describeGot(value)}).`
        : `must be ${wanted} (got ${describeGot(value)}).`;
  problems.push({ field: 'context.datasetSize', message });
  return undefined;
}

function checkContextText(name: TextContextField, limit: number, value: unknown, problems: FieldProblem[]) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    problems.push({ field: `context.${name}`, message: `enter text (got ${describeGot(value)}).` });
    return undefined;
  }
  const text = value.trim();
  if (text.length > limit) {
    problems.push({
      field: `context.${name}`,
      message: `must be ${formatCount(limit)} characters or fewer (got ${formatCount(text.length)}).`,
    });
    return undefined;
  }
  return text === '' ? undefined : text;
}

function checkContext(context: unknown, problems: FieldProblem[]): EvalRunContext {
  if (context === undefined || context === null) return {};
  if (!isPlainObject(context)) {
    problems.push({
      field: 'context',
      message: `expected an object of context fields (got ${describeGot(context)}).`,
    });
    return {};
  }
  for (const name of Object.keys(context)) {
    if (contextFields.includes(name)) continue;
    problems.push({
      field: `context.${name}`,
      message: `${describeGot(name)} is not a context field; use ${contextFields.slice(0, -1).join(', ')} or notes.`,
    });
  }
  const checked: EvalRunContext = {};
  for (const [name, limit] of textLimits) {
    const text = checkContextText(name, limit, context[name], problems);
    if (text !== undefined) checked[name] = text;
  }
  const datasetSize = checkDatasetSize(context.datasetSize, problems);
  if (datasetSize !== undefined) checked.datasetSize = datasetSize;
  return checked;
}

function checkBaseline(baselineRunId: unknown, options: CheckRunOptions, problems: FieldProblem[]) {
  if (baselineRunId === undefined || baselineRunId === null || baselineRunId === '') return undefined;
  if (typeof baselineRunId !== 'string') {
    problems.push({
      field: 'baselineRunId',
      message: `expected a run id (got ${describeGot(baselineRunId)}).`,
    });
    return undefined;
  }
  if (options.knownRunIds && !options.knownRunIds.has(baselineRunId)) {
    problems.push({ field: 'baselineRunId', message: 'the baseline run does not exist.' });
  }
  return baselineRunId;
}

function checkMetricList(metrics: unknown, problems: FieldProblem[]): CheckedMetric[] {
  if (!Array.isArray(metrics)) {
    const got = metrics === undefined ? '' : ` (got ${describeGot(metrics)})`;
    problems.push({ field: 'metrics', message: `expected a list of metrics${got}.` });
    return [];
  }
  if (metrics.length === 0) {
    problems.push({ field: 'metrics', message: 'a run needs at least one metric.' });
    return [];
  }
  const checked: CheckedMetric[] = [];
  const seen = new Set<string>();
  metrics.forEach((metric: unknown, index) => {
    const field = `metrics[${index}]`;
    if (!isPlainObject(metric)) {
      problems.push({
        field,
        message: `expected a metric with a key and a value (got ${describeGot(metric)}).`,
      });
      return;
    }
    const result = checkMetricInput(metric, field);
    if (!result.ok) {
      problems.push(...result.problems);
      return;
    }
    const id = seriesId(result.value);
    if (seen.has(id)) {
      problems.push({ field, message: `${describeSeries(result.value).label} appears twice in this run.` });
      return;
    }
    seen.add(id);
    checked.push(result.value);
  });
  return checked;
}

/** Like `checkRun`, for input whose fields have not been typed yet (a parsed file). */
export function checkRunInput(input: RunInput, options: CheckRunOptions = {}): Checked<CheckedRun> {
  const problems: FieldProblem[] = [];
  const label = checkLabel(input.label, problems);
  const ranOn = checkRanOn(input.ranOn, problems);
  const context = checkContext(input.context, problems);
  const baselineRunId = checkBaseline(input.baselineRunId, options, problems);
  const metrics = checkMetricList(input.metrics, problems);
  if (problems.length > 0) return { ok: false, problems };
  const run: CheckedRun = { label, ranOn, context, metrics };
  if (baselineRunId !== undefined) run.baselineRunId = baselineRunId;
  return { ok: true, value: run };
}

/** Checks a run before it is stored: text trimmed, numbers parsed, every problem reported. */
export function checkRun(draft: EvalRunDraft, options: CheckRunOptions = {}): Checked<CheckedRun> {
  return checkRunInput(draft, options);
}
