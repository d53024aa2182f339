import { describe, expect, it } from 'vitest';
import { changed, problemsOf, row, sampleBundle } from '../../tests/fixtures/bundles/bundle-rows';
import { parseBundle } from './parse-bundle';

describe('parseBundle accepts', () => {
  it('a bundle as exported, with the same value', async () => {
    const { bundle, text } = await sampleBundle();
    expect(await parseBundle(text)).toEqual({ ok: true, value: bundle });
  });

  it('a file starting with a UTF-8 byte order mark', async () => {
    const { bundle, text } = await sampleBundle();
    expect(await parseBundle(`\uFEFF${text}`)).toEqual({ ok: true, value: bundle });
  });

  it('a file reformatted or with keys reordered: the hash covers content, not layout', async () => {
    const { bundle, text } = await sampleBundle();
    expect(await parseBundle(JSON.stringify(JSON.parse(text)))).toEqual({ ok: true, value: bundle });
  });

  it('brackets inside strings, which do not count as nesting', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.notes, 0).text = `${'['.repeat(500)}{{{`;
    });
    expect((await parseBundle(text)).ok).toBe(true);
  });
});

describe('parseBundle refuses, naming the field', () => {
  it.each(['', '   \n\t'])('an empty file (%j)', async (text) => {
    expect(problemsOf(await parseBundle(text))).toEqual(['file: the file is empty.']);
    expect(problemsOf(await parseBundle(`\uFEFF${text}`))).toEqual(['file: the file is empty.']);
  });

  it.each(['hello', '{"format": }', "{'format': 'shipready-portfolio'}", '{"a": 1} trailing'])(
    'text that is not JSON: %s',
    async (text) => {
      const [problem, ...rest] = problemsOf(await parseBundle(text));
      expect(problem).toMatch(/^file: not valid JSON \(.+\); the file may be truncated\.$/);
      expect(rest).toEqual([]);
    },
  );

  it('a truncated file', async () => {
    const { text } = await sampleBundle();
    for (const length of [1, 100, Math.floor(text.length / 2), text.length - 3]) {
      expect(problemsOf(await parseBundle(text.slice(0, length)))[0]).toMatch(
        /^file: not valid JSON .*the file may be truncated\.$/,
      );
    }
  });

  it('NaN and Infinity, which JSON has no tokens for', async () => {
    const { text } = await sampleBundle();
    for (const token of ['NaN', 'Infinity', '-Infinity']) {
      const result = await parseBundle(text.replace('"value": 0.91', `"value": ${token}`));
      expect(problemsOf(result)[0]).toMatch(/^file: not valid JSON/);
    }
  });

  it('numbers too large for a double (1e999 reads as Infinity)', async () => {
    const { text } = await sampleBundle();
    for (const token of ['1e999', '-1e999']) {
      const result = await parseBundle(text.replace('"value": 0.91', `"value": ${token}`));
      expect(problemsOf(result)).toEqual(['sections.metrics[2].value: must be a finite number.']);
    }
  });

  it('another format or a newer or older major version', async () => {
    expect(problemsOf(await parseBundle('{"runs": []}'))).toEqual([
      'format: this is not a ShipReady portfolio.',
    ]);
    expect(problemsOf(await parseBundle('[1, 2]'))).toEqual(['format: this is not a ShipReady portfolio.']);
    expect(problemsOf(await parseBundle('{"format": "shipready-review", "formatVersion": "1.0.0"}'))).toEqual(
      ['format: this is a ShipReady review file, not a ShipReady portfolio.'],
    );
    const version = async (formatVersion: unknown) =>
      problemsOf(await parseBundle(await changed((bundle) => Object.assign(bundle, { formatVersion }))));
    expect(await version('2.0.0')).toEqual([
      'formatVersion: version 2.0.0 is newer than this app reads (1.x); update ShipReady.',
    ]);
    expect(await version('0.9.0')).toEqual([
      'formatVersion: version 0.9.0 is older than this app reads (1.x).',
    ]);
    expect(await version('one')).toEqual(['formatVersion: use a version like 1.0.0 (got "one").']);
    expect(await version(1)).toEqual(['formatVersion: use a version like 1.0.0 (got 1).']);
    expect(await version(`${'9'.repeat(5000)}.0.0`)).toEqual([
      `formatVersion: use a version like 1.0.0 (got "${'9'.repeat(40)}…").`,
    ]);
  });

  it('accepts a later minor version of format 1', async () => {
    const text = await changed((bundle) => Object.assign(bundle, { formatVersion: '1.4.2' }));
    expect((await parseBundle(text)).ok).toBe(true);
  });

  it('wrong types', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.projects, 0).title = 42;
      row(bundle.sections.metrics, 0).value = '0.7';
      row(bundle.sections.projects, 1).skills = 'rag';
      bundle.sections.milestones = {};
      Object.assign(bundle.privacy, { notes: 'yes' });
      Object.assign(bundle, { contentVersion: 2.5 });
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'contentVersion: must be a whole number (got 2.5).',
      'sections.projects[0].title: expected text (got 42).',
      'sections.projects[1].skills: expected a list (got "rag").',
      'sections.milestones: expected a list (got an object).',
      'sections.metrics[0].value: expected a number (got "0.7").',
      'privacy.notes: expected true or false (got "yes").',
    ]);
  });

  it('missing fields', async () => {
    const text = await changed((bundle) => {
      delete row(bundle.sections.projects, 0).title;
      delete bundle.sections.evalRuns;
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.projects[0].title: is required.',
      'sections.evalRuns: is required.',
    ]);
  });
});
