// Turns zod issues into problems a person can act on, each naming its field: `sections.metrics[3].value`.
import type { z } from 'zod';
import { describeGot } from '../metrics/validate-metric';
import type { FieldProblem } from '../portfolio/types';
import { formatCount } from '../text/plural';
import { pathOf } from './value-scan';

const nouns: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

const quantity = (value: number | bigint) => (typeof value === 'number' ? formatCount(value) : String(value));

function typeMessage(expected: string, input: unknown): string {
  if (input === undefined || expected === 'nonoptional') return 'is required.';
  if (typeof input === 'number' && !Number.isFinite(input)) return 'must be a finite number.';
  if (expected === 'int' && typeof input === 'number') return `must be a whole number (got ${input}).`;
  return `expected ${nouns[expected] ?? expected} (got ${describeGot(input)}).`;
}

function sizeOf(input: unknown): string {
  if (typeof input === 'string') return formatCount(input.length);
  if (Array.isArray(input)) return formatCount(input.length);
  return String(input);
}

function tooBig(origin: string, maximum: number | bigint, input: unknown): string {
  if (origin === 'string') return `must be ${quantity(maximum)} characters or fewer (got ${sizeOf(input)}).`;
  if (origin === 'array') return `must hold ${quantity(maximum)} entries or fewer (got ${sizeOf(input)}).`;
  return `must be ${String(maximum)} or less (got ${String(input)}).`;
}

function tooSmall(origin: string, minimum: number | bigint, inclusive: boolean, input: unknown): string {
  if (origin === 'string')
    return minimum === 1 ? 'must not be empty.' : `must be at least ${minimum} characters.`;
  if (origin === 'array')
    return `must hold at least ${quantity(minimum)} ${minimum === 1 ? 'entry' : 'entries'}.`;
  return `must be ${inclusive ? '' : 'more than '}${String(minimum)}${inclusive ? ' or more' : ''} (got ${String(input)}).`;
}

function formatMessage(format: string, input: unknown): string | undefined {
  if (format === 'datetime') {
    return `use a real UTC time written like 2026-11-21T10:00:00.000Z (got ${describeGot(input)}).`;
  }
  if (format === 'date') return `use a real date written YYYY-MM-DD (got ${describeGot(input)}).`;
  return undefined;
}

function oneOf(values: readonly unknown[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return quoted.length <= 1
    ? (quoted[0] ?? 'nothing')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** The message for one issue, given to zod as its error map; undefined keeps zod's own. */
export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue.expected, issue.input);
    case 'too_big':
      return tooBig(issue.origin, issue.maximum, issue.input);
    case 'too_small':
      return tooSmall(issue.origin, issue.minimum, issue.inclusive !== false, issue.input);
    case 'invalid_format':
      return formatMessage(issue.format, issue.input);
    case 'invalid_value':
      return `must be ${oneOf(issue.values)} (got ${describeGot(issue.input)}).`;
    default:
      return undefined;
  }
}

/** One problem per issue, and one per unknown key (strict objects refuse keys they do not define). */
export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: pathOf([...issue.path, key]),
        message: 'is not a field of this format; remove it.',
      }));
    }
    return [{ field: pathOf(issue.path), message: issue.message }];
  });
}
