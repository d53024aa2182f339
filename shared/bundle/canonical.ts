// Canonical JSON for bundles and review files: the same data always gives the same bytes, whatever the row order.
import { type BundleTable, bundleTables, keyOfRow } from '../domain/tables';
import type { BundleSections } from './schema';

/** Orders strings by Unicode code point (JavaScript's `<` compares UTF-16 code units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    // A surrogate starts a code point above U+FFFF, so it sorts after U+E000..U+FFFF.
    if (xSurrogate !== ySurrogate && (x >= 0xe000 || y >= 0xe000)) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

function isPlainRecord(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function write(value: unknown, indent: string, depth: number): string {
  if (depth > 1000) throw new TypeError('canonicalJson: the value is nested too deeply.');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number.`);
      return JSON.stringify(value);
    case 'object':
      return writeObject(value, indent, depth);
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} cannot be written as JSON.`);
  }
}

function writeObject(value: object, indent: string, depth: number): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item: unknown) => {
      if (item === undefined) throw new TypeError('canonicalJson: a list holds undefined.');
      return inner + write(item, inner, depth + 1);
    });
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (!isPlainRecord(value)) throw new TypeError('canonicalJson: only plain objects can be written.');
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort(compareCodePoints);
  if (keys.length === 0) return '{}';
  const members = keys.map((key) => `${inner}${JSON.stringify(key)}: ${write(value[key], inner, depth + 1)}`);
  return `{\n${members.join(',\n')}\n${indent}}`;
}

/**
 * The canonical text of a JSON value: object keys sorted by code point, arrays in their order, two-space
 * indentation, `\n` line ends and one final newline; strings and numbers exactly as JSON.stringify writes
 * them. Object members whose value is undefined are left out, as JSON.stringify does. Throws on NaN,
 * Infinity, undefined in a list, and anything that is not a plain object, list, string, number, boolean or null.
 */
export function canonicalJson(value: unknown): string {
  return `${write(value, '', 0)}\n`;
}

/** Every section sorted by its primary key (the registry's key of each table). */
export function sortSectionRows(sections: BundleSections): BundleSections {
  const sorted: Record<string, unknown[]> = {};
  const given = sections as Partial<Record<BundleTable, object[]>>;
  for (const table of bundleTables) {
    const rows = given[table];
    if (rows === undefined) continue;
    sorted[table] = [...rows].sort((a, b) => compareCodePoints(keyOfRow(table, a), keyOfRow(table, b)));
  }
  return sorted as BundleSections;
}

/** A copy of the bundle whose row order never depends on the database. */
export function sortSections<B extends { sections: BundleSections }>(bundle: B): B {
  return { ...bundle, sections: sortSectionRows(bundle.sections) };
}
