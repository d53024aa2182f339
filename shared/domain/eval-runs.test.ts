import { describe, expect, it } from 'vitest';
import { evalRunSchema, metricSchema } from './eval-runs';

const metric = { id: 'm1', runId: 'r1', projectId: 'p1', key: 'accuracy', value: 0.71 };
const run = {
  id: 'r1',
  projectId: 'p1',
  label: 'mmlu',
  ranOn: '2026-03-02',
  context: {},
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
};
const source = {
  tool: 'lm-eval',
  toolVersion: '0.4.12',
  fileName: 'results.json',
  sha256: 'a'.repeat(64),
  importedAt: '2026-03-02T10:00:00.000Z',
};

describe('metric rows carry the tool’s sample count and standard error', () => {
  it('keeps both when given, and old rows without them stay valid', () => {
    expect(metricSchema.parse({ ...metric, sampleCount: 200, stderr: 0.02 })).toMatchObject({
      sampleCount: 200,
      stderr: 0.02,
    });
    expect(metricSchema.safeParse(metric).success).toBe(true);
  });

  it.each([
    ['stderr', Number.NaN],
    ['stderr', Number.POSITIVE_INFINITY],
    ['stderr', -0.01],
    ['sampleCount', Number.NaN],
    ['sampleCount', Number.POSITIVE_INFINITY],
    ['sampleCount', 12.5],
    ['sampleCount', -1],
    ['value', Number.NaN],
    ['value', Number.NEGATIVE_INFINITY],
  ])('refuses %s = %s', (field, bad) => {
    const parsed = metricSchema.safeParse({ ...metric, [field]: bad });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.some((issue) => issue.path[0] === field)).toBe(true);
  });
});

describe('an imported run names its source file', () => {
  it('accepts a run with a source and one without', () => {
    expect(evalRunSchema.parse({ ...run, source }).source?.sha256).toBe('a'.repeat(64));
    expect(evalRunSchema.safeParse(run).success).toBe(true);
  });

  it.each([
    ['an unknown tool', { ...source, tool: 'wandb' }],
    ['an uppercase hash', { ...source, sha256: 'A'.repeat(64) }],
    ['a short hash', { ...source, sha256: 'abc' }],
    ['no file name', { ...source, fileName: '' }],
    ['an extra field', { ...source, path: '/home/me/results.json' }],
  ])('refuses %s', (_what, bad) => {
    expect(evalRunSchema.safeParse({ ...run, source: bad }).success).toBe(false);
  });
});
