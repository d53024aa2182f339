import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonFidelityProblems } from './json-scan';
import { readJsonText } from './read-json';

const limits = { maxBytes: 1_000_000, maxDepth: 64 };
const fields = (text: string) => jsonFidelityProblems(text).map((problem) => problem.field);

describe('JSON that JSON.parse would silently change', () => {
  it('names a key written twice in one object', () => {
    expect(fields('{"sections": {"projects": [{"id": "p1", "title": "A", "title": "B"}]}}')).toEqual([
      'sections.projects[0].title',
    ]);
  });

  it('names integers beyond 2^53 and numbers with more digits than a double holds', () => {
    const text = `{"a": 9007199254740993, "b": 0.${'3'.repeat(2000)}, "c": -12345678901234567890, "ok": [1, 2.5, 1e-7, 0.1000000000000000000, 9007199254740992, 100000000000000000000]}`;
    expect(fields(text)).toEqual(['a', 'b', 'c']);
  });

  it('accepts what round-trips exactly, whatever the nesting', () => {
    expect(
      fields('{"a": {"b": [{"c": 1}, {"c": 2}]}, "d": "x\\"y", "e": [], "f": {}, "g": null, "h": true}'),
    ).toEqual([]);
  });

  it('finds nothing in any JSON.stringify output of safe values', () => {
    const safe = fc
      .jsonValue()
      .filter((value) => JSON.stringify(value) === JSON.stringify(JSON.parse(JSON.stringify(value))));
    fc.assert(
      fc.property(safe, (value) => {
        const text = JSON.stringify(value, null, 1);
        const problems = jsonFidelityProblems(text);
        const hasUnsafe = /\d{16,}|e[+-]?\d/.test(text);
        if (!hasUnsafe) expect(problems).toEqual([]);
      }),
    );
  });

  it('makes readJsonText refuse the file, naming the field', () => {
    const read = readJsonText('{"owner": {"name": "Ada", "name": "Eve"}}', limits);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ field: 'owner.name' });
  });
});
