import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { privacyChoice, validRows } from '../../tests/fixtures/bundles/arbitraries';
import { allIncluded, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import type { Project } from '../domain/projects';
import type { BundleRows } from '../domain/tables';
import { buildBundle, rowsFromBundle } from './build-bundle';
import { canonicalJson } from './canonical';
import { verifyContentHash } from './hash';
import { parseBundle } from './parse-bundle';

const build = (rows: BundleRows, privacy = allIncluded) =>
  buildBundle({ owner: 'Ada Lovelace', contentVersion: 3, rows, privacy });

const shuffled = <T>(list: T[], seed: number) =>
  list
    .map((item, index) => ({ item, rank: (index * 7919 + seed * 104729) % 1009 }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ item }) => item);

describe('buildBundle', () => {
  it('writes every section, sorted, with a verifiable hash; text is the canonical JSON of the bundle', async () => {
    const { bundle, text } = await build(sampleRows());
    expect(text).toBe(canonicalJson(bundle));
    expect(text.endsWith('}\n')).toBe(true);
    expect(bundle.format).toBe('shipready-portfolio');
    expect(bundle.formatVersion).toBe('1.1.0');
    expect(bundle.owner).toEqual({ name: 'Ada Lovelace' });
    expect(bundle.sections.projects.map((row) => row.id)).toEqual(['p1', 'p2']);
    expect(bundle.sections.metrics.map((row) => row.id)).toEqual(['x1', 'x2', 'x3', 'x4']);
    expect(Object.keys(bundle.sections).sort()).toEqual([
      'evalRuns',
      'feedback',
      'metrics',
      'milestones',
      'notes',
      'progress',
      'projects',
      'readinessSnapshots',
      'resources',
      'reviewLog',
    ]);
    expect(await verifyContentHash(bundle)).toBe(true);
  });

  it('leaves out notes, resources, LLM answers and the review log entirely when asked', async () => {
    const privacy = { notes: false, resources: false, costs: true, llmAnswers: false, reviewLog: false };
    const { bundle, text } = await build(sampleRows(), privacy);
    expect(bundle.sections.notes).toBeUndefined();
    expect(bundle.sections.resources).toBeUndefined();
    expect(bundle.sections.feedback).toBeUndefined();
    expect(text).not.toContain('"notes": [');
    expect(text).not.toContain('Chunk size matters.');
    expect(text).not.toContain('"feedback"');
    expect(bundle.sections.reviewLog).toBeUndefined();
    expect(text).not.toContain('rating-1');
    expect(bundle.privacy).toEqual(privacy);
  });

  it('with costs left out, keeps LLM answers but writes their tokens and cost as 0', async () => {
    const { bundle, text } = await build(sampleRows(), { ...allIncluded, costs: false });
    expect(bundle.sections.feedback).toEqual([
      expect.objectContaining({
        id: 'f1',
        model: 'claude-sonnet',
        inputTokens: 0,
        outputTokens: 0,
        estimatedCostUsd: 0,
      }),
    ]);
    expect(text).not.toContain('0.0081');
    expect(text).not.toContain('1200');
    // Evaluation metrics about cost are portfolio evidence, not the person's LLM spend: they stay.
    expect(bundle.sections.metrics.some((row) => row.key === 'latency_p95_ms')).toBe(true);
  });

  it('exports only the domain fields, and an undefined optional field like an absent one', async () => {
    const rows = sampleRows();
    const [first, second] = rows.projects;
    if (!first || !second) throw new Error('sample has two projects');
    const withExtra = { ...first, internalFlag: true, curriculumRef: undefined } as Project;
    const { text } = await build({ ...rows, projects: [withExtra, second] });
    expect(text).not.toContain('internalFlag');
    const { curriculumRef: _dropped, ...withoutRef } = first;
    expect((await build({ ...rows, projects: [withoutRef, second] })).text).toBe(text);
  });

  it('gives the same bytes whatever order the database returned the rows in', async () => {
    const rows = sampleRows();
    const { text } = await build(rows);
    const reordered: BundleRows = {
      ...rows,
      progress: [...rows.progress].reverse(),
      projects: [...rows.projects].reverse(),
      evalRuns: [...rows.evalRuns].reverse(),
      metrics: [...rows.metrics].reverse(),
    };
    expect((await build(reordered)).text).toBe(text);
  });

  it('export, import, export gives the same bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        validRows,
        privacyChoice,
        fc.string({ maxLength: 40 }),
        fc.nat(1000),
        async (rows, privacy, owner, seed) => {
          const first = await buildBundle({ owner, contentVersion: 7, rows, privacy });
          const parsed = await parseBundle(first.text);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
          const again = await buildBundle({
            owner,
            contentVersion: 7,
            rows: rowsFromBundle(parsed.value),
            privacy,
          });
          expect(again.text).toBe(first.text);
          const reordered = {
            ...rows,
            projects: shuffled(rows.projects, seed),
            metrics: shuffled(rows.metrics, seed),
          };
          expect((await buildBundle({ owner, contentVersion: 7, rows: reordered, privacy })).text).toBe(
            first.text,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a bundle with one metric value changed fails its hash (property)', async () => {
    const withMetrics = validRows.filter((rows) => rows.metrics.length > 0);
    await fc.assert(
      fc.asyncProperty(withMetrics, fc.nat(), async (rows, pick) => {
        const { bundle } = await build(rows);
        const index = pick % bundle.sections.metrics.length;
        const metrics = bundle.sections.metrics.map((row, at) =>
          at === index ? { ...row, value: row.value === 0 ? 0.5 : row.value / 2 } : row,
        );
        const tampered = canonicalJson({ ...bundle, sections: { ...bundle.sections, metrics } });
        const result = await parseBundle(tampered);
        expect(result).toEqual({
          ok: false,
          problems: [{ field: 'contentHash', message: 'the file was changed after export (hash mismatch).' }],
        });
      }),
      { numRuns: 40 },
    );
  });
});
