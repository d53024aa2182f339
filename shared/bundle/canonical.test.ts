import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { canonicalJson, compareCodePoints, sortSections } from './canonical';
import { rowsFromBundle } from './rows';
import type { BundleSections } from './schema';

/** Rebuilds every object with its keys in reverse order: canonical output must not notice. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, child]) => [key, reverseKeys(child)]),
  );
}

describe('canonicalJson', () => {
  it('writes sorted keys, two-space indentation, list order kept and one final newline', () => {
    expect(canonicalJson({ b: [2, 'x', true, null], a: { d: {}, c: [] }, é: 1.5 })).toBe(
      '{\n  "a": {\n    "c": [],\n    "d": {}\n  },\n  "b": [\n    2,\n    "x",\n    true,\n    null\n  ],\n  "é": 1.5\n}\n',
    );
    expect(canonicalJson('x')).toBe('"x"\n');
  });

  it('sorts keys by code point, including digit keys that JavaScript objects put first', () => {
    const text = canonicalJson({ b: 1, '10': 1, '2': 1, B: 1, '\u{1F600}': 1, '\uFF21': 1 });
    const keys = Object.keys(JSON.parse(text));
    expect(text.indexOf('"10"')).toBeLessThan(text.indexOf('"2"'));
    expect(text.indexOf('"B"')).toBeLessThan(text.indexOf('"b"'));
    expect(text.indexOf('"\uFF21"')).toBeLessThan(text.indexOf('"\u{1F600}"'));
    expect(keys).toHaveLength(6);
  });

  it('orders strings by code point, not by UTF-16 unit', () => {
    expect(compareCodePoints('\uFF21', '\u{1F600}')).toBeLessThan(0);
    expect(compareCodePoints('\u{1F600}', '\uFF21')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(compareCodePoints('b', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('same', 'same')).toBe(0);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const byCodePoint = Math.sign(compareArrays(codePoints(a), codePoints(b)));
        expect(Math.sign(compareCodePoints(a, b))).toBe(byCodePoint);
      }),
    );
  });

  it('leaves out undefined members, as JSON does, and writes -0 as 0', () => {
    expect(canonicalJson({ a: undefined, b: -0 })).toBe('{\n  "b": 0\n}\n');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['undefined in a list', [1, undefined]],
    ['a function', () => 1],
    ['a bigint', 10n],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
  ])('throws on %s', (_label, value) => {
    expect(() => canonicalJson({ value })).toThrow(TypeError);
  });

  it('gives the same text whatever the key order, reads back to the same value, and is stable', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reverseKeys(value))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('matches JSON.stringify with two-space indentation when keys are already sorted and not numeric', () => {
    const value = { a: [1, { b: 'x', c: [] }], d: { e: null } };
    expect(canonicalJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});

const codePoints = (text: string) => [...text].map((character) => character.codePointAt(0) ?? 0);

function compareArrays(a: number[], b: number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

describe('sortSections', () => {
  it('sorts every section by its key and keeps left-out sections absent', () => {
    const rows = sampleRows();
    const sections: BundleSections = { ...rows, notes: undefined, resources: undefined };
    delete sections.notes;
    delete sections.resources;
    const sorted = sortSections({ sections }).sections;
    expect(sorted.progress.map((row) => row.itemId)).toEqual(['month-1.lesson-1', 'month-1.lesson-2']);
    expect(sorted.projects.map((row) => row.id)).toEqual(['p1', 'p2']);
    expect(sorted.evalRuns.map((row) => row.id)).toEqual(['r1', 'r2']);
    expect(sorted.metrics.map((row) => row.id)).toEqual(['x1', 'x2', 'x3', 'x4']);
    expect('notes' in sorted).toBe(false);
    expect('resources' in sorted).toBe(false);
    expect(sorted.feedback).toHaveLength(1);
    expect(rows.projects.map((row) => row.id)).toEqual(['p2', 'p1']);
    expect(rowsFromBundle({ sections: sorted }).notes).toEqual([]);
  });
});
