// Checks one metric as typed or imported against the catalog, and names metric series for people.
import type { Checked, CheckedMetric, FieldProblem, MetricDraft, SeriesKey } from '../portfolio/types';
import { findMetric, type MetricDefinition } from './catalog';

/** A metric from outside the type system (a parsed file): every field is checked at run time. */
export interface MetricInput {
  key?: unknown;
  value?: unknown;
  k?: unknown;
  unit?: unknown;
  direction?: unknown;
}

/** What a number field held: a finite number, nothing, text that is not a number, or NaN/Infinity. */
export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'text' }
  | { kind: 'not-finite' };

const customSlug = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const plainDecimal = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const spelledNonFinite = /^[+-]?(nan|inf|infinity)$/i;
const maxK = 1000;
const maxUnitLength = 20;

/** Reads a number or a plain decimal string ('0.82', '-3', '1e3'); never 'NaN', 'Infinity', '0x10' or '1,5'. */
export function readNumber(value: unknown): NumberReading {
  if (value === undefined || value === null) return { kind: 'empty' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'not-finite' };
  if (typeof value !== 'string') return { kind: 'text' };
  const text = value.trim();
  if (text === '') return { kind: 'empty' };
  if (spelledNonFinite.test(text)) return { kind: 'not-finite' };
  if (!plainDecimal.test(text)) return { kind: 'text' };
  const parsed = Number(text);
  return Number.isFinite(parsed) ? { kind: 'number', value: parsed + 0 } : { kind: 'not-finite' };
}

/** How a rejected value is quoted back: text in quotes and shortened, lists and objects by kind. */
export function describeGot(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

/** `Faithfulness` → `faithfulness` inside a sentence; acronyms such as `MRR` and `F1` stay as they are. */
function inlineLabel(label: string): string {
  const second = label.charAt(1);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

function isCustomKey(key: string): boolean {
  return key.startsWith('custom:') && customSlug.test(key.slice('custom:'.length));
}

function labelFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A series as people read it: `Recall@5`, `Faithfulness`, or `Hallucination rate` for `custom:hallucination-rate`. */
export function describeSeries(
  series: SeriesKey,
  custom?: { unit?: string | undefined; direction?: 'higher' | 'lower' | undefined },
): { label: string; unit: string; direction: 'higher' | 'lower' } {
  const definition = findMetric(series.key);
  if (definition) {
    const label = series.k === undefined ? definition.label : definition.label.replace('@k', `@${series.k}`);
    return { label, unit: definition.unit, direction: definition.direction };
  }
  const label = series.key.startsWith('custom:')
    ? labelFromSlug(series.key.slice('custom:'.length))
    : series.key;
  return { label: label || series.key, unit: custom?.unit ?? '', direction: custom?.direction ?? 'higher' };
}

/** The series name as it reads inside a sentence: `faithfulness must be …`, `recall@5 must be …`. */
export function metricSubject(series: SeriesKey): string {
  return inlineLabel(describeSeries(series).label);
}

/** A stable id for a series: `recall_at_k@5`, `faithfulness`. */
export function seriesId(series: SeriesKey): string {
  return series.k === undefined ? series.key : `${series.key}@${series.k}`;
}

function checkKey(key: unknown, field: string, problems: FieldProblem[]): MetricDefinition | 'custom' | null {
  if (typeof key !== 'string' || key.trim() === '') {
    problems.push({ field: `${field}.key`, message: 'choose a metric.' });
    return null;
  }
  const definition = findMetric(key);
  if (definition) return definition;
  if (isCustomKey(key)) return 'custom';
  const message = key.startsWith('custom:')
    ? `a custom metric name must be 1 to 40 lowercase letters, digits, "-" or "_", starting with a letter or digit (got ${describeGot(key)}).`
    : `${describeGot(key)} is not a metric in the catalog; pick one from the catalog or name your own as custom:<name>.`;
  problems.push({ field: `${field}.key`, message });
  return null;
}

function checkValue(value: unknown, field: string, problems: FieldProblem[]): number | null {
  const reading = readNumber(value);
  if (reading.kind === 'number') return reading.value;
  const message =
    reading.kind === 'empty'
      ? 'enter a number.'
      : reading.kind === 'not-finite'
        ? `must be a finite number (got ${describeGot(value)}).`
        : `enter a number (got ${describeGot(value)}).`;
  problems.push({ field: `${field}.value`, message });
  return null;
}

function rangeMessage(definition: MetricDefinition, subject: string, value: number): string | null {
  if (value >= definition.min && value <= definition.max) return null;
  return definition.max === Number.POSITIVE_INFINITY
    ? `${subject} must be ${definition.min} or more (got ${value}).`
    : `${subject} must be between ${definition.min} and ${definition.max} (got ${value}).`;
}

function checkK(definition: MetricDefinition, k: unknown, field: string, problems: FieldProblem[]) {
  const reading = readNumber(k);
  const wanted = `a whole number from 1 to ${maxK}`;
  if (
    reading.kind === 'number' &&
    Number.isInteger(reading.value) &&
    reading.value >= 1 &&
    reading.value <= maxK
  ) {
    return reading.value;
  }
  const message =
    reading.kind === 'empty'
      ? `${inlineLabel(definition.label)} needs its k, ${wanted}.`
      : reading.kind === 'text'
        ? `enter ${wanted} (got ${describeGot(k)}).`
        : `must be ${wanted} (got ${describeGot(k)}).`;
  problems.push({ field: `${field}.k`, message });
  return null;
}

function checkUnit(unit: unknown, field: string, problems: FieldProblem[]): string | null {
  const text = typeof unit === 'string' ? unit.trim() : '';
  if (unit !== undefined && unit !== null && typeof unit !== 'string') {
    problems.push({ field: `${field}.unit`, message: `enter the unit as text (got ${describeGot(unit)}).` });
  } else if (text === '') {
    problems.push({ field: `${field}.unit`, message: 'a custom metric needs a unit.' });
  } else if (text.length > maxUnitLength) {
    problems.push({
      field: `${field}.unit`,
      message: `must be ${maxUnitLength} characters or fewer (got ${text.length}).`,
    });
  } else {
    return text;
  }
  return null;
}

function checkDirection(direction: unknown, field: string, problems: FieldProblem[]) {
  if (direction === 'higher' || direction === 'lower') return direction;
  const message =
    direction === undefined || direction === null || direction === ''
      ? 'a custom metric needs a direction: say whether "higher" or "lower" is better.'
      : `must be "higher" or "lower" (got ${describeGot(direction)}).`;
  problems.push({ field: `${field}.direction`, message });
  return null;
}

/** Like `checkMetric`, for input whose fields have not been typed yet (a parsed file). */
export function checkMetricInput(input: MetricInput, field = 'metric'): Checked<CheckedMetric> {
  const problems: FieldProblem[] = [];
  const kind = checkKey(input.key, field, problems);
  const value = checkValue(input.value, field, problems);
  if (kind === null || typeof input.key !== 'string') return { ok: false, problems };
  if (kind === 'custom') {
    const unit = checkUnit(input.unit, field, problems);
    const direction = checkDirection(input.direction, field, problems);
    if (value === null || unit === null || direction === null) return { ok: false, problems };
    return { ok: true, value: { key: input.key, value, unit, direction } };
  }
  const k = kind.needsK ? checkK(kind, input.k, field, problems) : undefined;
  if (value !== null) {
    const message = rangeMessage(kind, metricSubject({ key: kind.key, k: k ?? undefined }), value);
    if (message) problems.push({ field: `${field}.value`, message });
  }
  if (problems.length > 0 || value === null || k === null) return { ok: false, problems };
  return { ok: true, value: k === undefined ? { key: kind.key, value } : { key: kind.key, value, k } };
}

/** Checks one metric; `field` prefixes every problem, e.g. `metrics[2]` gives `metrics[2].value`. */
export function checkMetric(draft: MetricDraft, field = 'metric'): Checked<CheckedMetric> {
  return checkMetricInput(draft, field);
}
