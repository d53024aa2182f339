// Walks a parsed JSON value once for what no schema should meet: prototype keys, huge strings, NaN/Infinity.
import { isPlainObject } from '../portfolio/check-run';
import type { FieldProblem } from '../portfolio/types';
import { formatCount } from '../text/plural';

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
/** Enough to show the person the pattern without building an endless list. */
const maxReported = 50;

export interface ValueScan {
  /** `__proto__`, `constructor` or `prototype` used as a key anywhere. */
  forbiddenKeys: FieldProblem[];
  /** Strings (values or keys) longer than the limit, and numbers that are not finite (JSON's 1e999). */
  oversized: FieldProblem[];
}

interface Step {
  value: unknown;
  parent: Step | null;
  key: string | number;
}

/** `sections.metrics[3].value`; the document itself is `file`. A long key is shortened so the path stays readable. */
export function pathOf(keys: readonly (string | number | symbol)[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') {
      path += `[${key}]`;
      continue;
    }
    const name = String(key);
    const shown = name.length > 60 ? `${name.slice(0, 40)}…` : name;
    path += path === '' ? shown : `.${shown}`;
  }
  return path === '' ? 'file' : path;
}

function stepPath(step: Step, key?: string): string {
  const keys: (string | number)[] = key === undefined ? [] : [key];
  for (let at: Step | null = step; at?.parent; at = at.parent) keys.unshift(at.key);
  return pathOf(keys);
}

function push(list: FieldProblem[], problem: () => FieldProblem): void {
  if (list.length < maxReported) list.push(problem());
}

/**
 * Looks at every key and value with its own stack, so deep input cannot overflow the call stack. JSON.parse
 * stores `__proto__` as an ordinary own key; it is still refused, because code that later copies or merges
 * the object may treat it as the prototype.
 */
export function scanValue(root: unknown, maxStringLength: number): ValueScan {
  const scan: ValueScan = { forbiddenKeys: [], oversized: [] };
  const tooLong = (length: number) =>
    `${formatCount(length)} characters is more than the ${formatCount(maxStringLength)} allowed.`;
  const stack: Step[] = [{ value: root, parent: null, key: '' }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    const { value } = step;
    if (typeof value === 'string') {
      if (value.length > maxStringLength) {
        const at = step;
        push(scan.oversized, () => ({ field: stepPath(at), message: tooLong(value.length) }));
      }
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        const at = step;
        push(scan.oversized, () => ({ field: stepPath(at), message: 'must be a finite number.' }));
      }
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        stack.push({ value: value[index], parent: step, key: index });
      }
    } else if (isPlainObject(value)) {
      const parent = step;
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index] ?? '';
        if (forbiddenKeys.has(key)) {
          push(scan.forbiddenKeys, () => ({
            field: stepPath(parent, key),
            message: `the key ${JSON.stringify(key)} is not allowed.`,
          }));
        } else if (key.length > maxStringLength) {
          push(scan.oversized, () => ({
            field: stepPath(parent),
            message: `a key of ${tooLong(key.length)}`,
          }));
        } else {
          stack.push({ value: value[key], parent, key });
        }
      }
    }
  }
  return scan;
}
