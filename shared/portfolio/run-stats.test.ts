import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineDeltas, compareRuns, summarizeMetrics } from './run-stats';
import type { EvalRun, Metric } from './types';

const run = (
  id: string,
  ranOn: string,
  context: EvalRun['context'] = {},
  createdAt = `${ranOn}T09:00:00Z`,
) => ({
  id,
  projectId: 'p1',
  label: id,
  ranOn,
  context,
  createdAt,
  updatedAt: createdAt,
});

let nextMetricId = 0;
const metric = (runId: string, key: string, value: number, extra: Partial<Metric> = {}): Metric => {
  nextMetricId += 1;
  return { id: `m${nextMetricId}`, runId, projectId: 'p1', key, value, ...extra };
};

const runA = run('a', '2026-03-01', { model: 'gpt-4o', datasetName: 'faq', datasetSize: 200 });
const runB = run('b', '2026-03-08', { model: 'claude', datasetName: 'faq', datasetSize: 200 });
const runC = run(
  'c',
  '2026-03-08',
  { model: 'claude', datasetName: 'faq', datasetSize: 250 },
  '2026-03-08T12:00:00Z',
);

describe('summarizeMetrics', () => {
  const metrics = [
    metric('b', 'faithfulness', 0.9),
    metric('a', 'faithfulness', 0.9),
    metric('c', 'faithfulness', 0.85),
    metric('a', 'latency_p95_ms', 900),
    metric('c', 'latency_p95_ms', 700),
    metric('a', 'recall_at_k', 0.7, { k: 10 }),
    metric('a', 'recall_at_k', 0.5, { k: 5 }),
    metric('a', 'custom:zeta', 3, { unit: 'pts', direction: 'lower' }),
    metric('b', 'custom:zeta', 1, { unit: 'pts', direction: 'lower' }),
    metric('a', 'custom:alpha', 3, { unit: 'x' }),
    metric('elsewhere', 'faithfulness', 1),
  ];
  const summaries = summarizeMetrics([runA, runB, runC], metrics);

  it('sorts catalog metrics in catalog order, then custom keys alphabetically, k ascending', () => {
    expect(summaries.map((summary) => [summary.key, summary.k])).toEqual([
      ['recall_at_k', 5],
      ['recall_at_k', 10],
      ['faithfulness', undefined],
      ['latency_p95_ms', undefined],
      ['custom:alpha', undefined],
      ['custom:zeta', undefined],
    ]);
  });

  it('takes the latest by date then by creation time, and breaks ties for best by the earliest run', () => {
    const faithfulness = summaries.find((summary) => summary.key === 'faithfulness');
    expect(faithfulness).toMatchObject({
      label: 'Faithfulness',
      unit: 'ratio',
      direction: 'higher',
      count: 3,
      latest: { value: 0.85, runId: 'c', ranOn: '2026-03-08' },
      best: { value: 0.9, runId: 'a', ranOn: '2026-03-01' },
    });
  });

  it('follows each direction, using the stored direction for custom metrics', () => {
    expect(summaries.find((summary) => summary.key === 'latency_p95_ms')?.best.value).toBe(700);
    expect(summaries.find((summary) => summary.key === 'custom:zeta')).toMatchObject({
      label: 'Zeta',
      unit: 'pts',
      direction: 'lower',
      best: { value: 1, runId: 'b' },
    });
    expect(summaries.find((summary) => summary.key === 'custom:alpha')?.direction).toBe('higher');
    expect(summaries.find((summary) => summary.k === 5)?.label).toBe('Recall@5');
  });

  it('is empty without runs', () => {
    expect(summarizeMetrics([], metrics)).toEqual([]);
  });

  it('always picks a best that no other value in its series beats', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
    const row = fc.record({
      run: fc.integer({ min: 0, max: 5 }),
      key: fc.constantFrom('faithfulness', 'latency_p95_ms', 'custom:score'),
      value: fc.double({ min: -1000, max: 1000, noNaN: true }),
      direction: fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
    });
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 6, maxLength: 6 }),
        fc.array(row, { maxLength: 40 }),
        (days, rows) => {
          const runs = days.map((ranOn, index) => run(`r${index}`, ranOn));
          const metrics = rows.map((item) =>
            metric(
              `r${item.run}`,
              item.key,
              item.value,
              item.key.startsWith('custom:') ? { direction: item.direction } : {},
            ),
          );
          for (const summary of summarizeMetrics(runs, metrics)) {
            const values = metrics.filter((m) => m.key === summary.key).map((m) => m.value);
            const beaten = values.some((value) =>
              summary.direction === 'higher' ? value > summary.best.value : value < summary.best.value,
            );
            if (beaten || summary.count !== values.length) return false;
          }
          return true;
        },
      ),
    );
  });
});

describe('baselineDeltas', () => {
  const metrics = [
    metric('a', 'faithfulness', 0.8),
    metric('b', 'faithfulness', 0.9),
    metric('a', 'latency_p95_ms', 900),
    metric('b', 'latency_p95_ms', 1200),
    metric('a', 'error_rate', 0),
    metric('b', 'error_rate', 0),
    metric('a', 'accuracy', 0),
    metric('b', 'accuracy', 0.5),
    metric('b', 'mrr', 0.4),
  ];

  it('compares the series both runs measured, saying which way is better', () => {
    const deltas = baselineDeltas(runB, runA, metrics);
    expect(deltas.map((delta) => delta.key)).toEqual([
      'faithfulness',
      'accuracy',
      'error_rate',
      'latency_p95_ms',
    ]);
    expect(deltas[0]).toMatchObject({ before: 0.8, after: 0.9, improved: true, direction: 'higher' });
    expect(deltas[0]?.change).toBeCloseTo(0.1);
    expect(deltas[0]?.relativeChange).toBeCloseTo(0.125);
    expect(deltas.find((delta) => delta.key === 'latency_p95_ms')).toMatchObject({
      change: 300,
      relativeChange: 300 / 900,
      improved: false,
    });
    expect(deltas.find((delta) => delta.key === 'error_rate')).toMatchObject({ change: 0, improved: null });
    expect(deltas.find((delta) => delta.key === 'accuracy')?.relativeChange).toBeNull();
  });

  it('agrees with the direction and the sign of the change', () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        value,
        value,
        fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
        (before, after, direction) => {
          const pair = [
            metric('a', 'custom:score', before, { direction }),
            metric('b', 'custom:score', after, { direction }),
          ];
          const [delta] = baselineDeltas(runB, runA, pair);
          if (!delta) return false;
          if (delta.change === 0) return delta.improved === null;
          const better = direction === 'higher' ? delta.change > 0 : delta.change < 0;
          return delta.improved === better;
        },
      ),
    );
  });
});

describe('compareRuns', () => {
  const metrics = [
    metric('a', 'faithfulness', 0.8),
    metric('b', 'faithfulness', 0.9),
    metric('c', 'faithfulness', 0.9),
    metric('a', 'latency_p95_ms', 900),
    metric('c', 'latency_p95_ms', 700),
    metric('b', 'mrr', 0.4),
    metric('a', 'accuracy', 0.5),
    metric('b', 'accuracy', 0.5),
  ];

  it('lists context rows first, then metric rows, one cell per run', () => {
    const rows = compareRuns([runA, runB, runC], metrics, { differencesOnly: false });
    expect(rows.map((row) => row.label)).toEqual([
      'Date',
      'Model',
      'Prompt version',
      'Dataset',
      'Dataset size',
      'Split',
      'Commit or URL',
      'MRR',
      'Faithfulness',
      'Accuracy',
      'Latency p95',
    ]);
    expect(rows[0]).toEqual({
      id: 'context.ranOn',
      label: 'Date',
      kind: 'context',
      values: ['2026-03-01', '2026-03-08', '2026-03-08'],
      bestIndex: null,
      same: false,
    });
    expect(rows.find((row) => row.id === 'context.promptVersion')).toMatchObject({
      values: [null, null, null],
      same: true,
    });
    expect(rows.find((row) => row.id === 'metric:faithfulness')).toMatchObject({
      kind: 'metric',
      values: [0.8, 0.9, 0.9],
      bestIndex: 1,
      same: false,
    });
    expect(rows.find((row) => row.id === 'metric:latency_p95_ms')).toMatchObject({
      values: [900, null, 700],
      bestIndex: 2,
    });
  });

  it('has no best with fewer than two values or when all values are equal', () => {
    const rows = compareRuns([runA, runB, runC], metrics, { differencesOnly: false });
    expect(rows.find((row) => row.id === 'metric:mrr')?.bestIndex).toBeNull();
    expect(rows.find((row) => row.id === 'metric:accuracy')?.bestIndex).toBeNull();
  });

  it('keeps only rows that differ when asked', () => {
    const rows = compareRuns([runA, runB], metrics, { differencesOnly: true });
    expect(rows.map((row) => row.id)).toEqual([
      'context.ranOn',
      'context.model',
      'metric:mrr',
      'metric:faithfulness',
      'metric:latency_p95_ms',
    ]);
  });

  it('uses k in metric row ids and labels', () => {
    const rows = compareRuns([runA], [metric('a', 'recall_at_k', 0.6, { k: 5 })], { differencesOnly: false });
    expect(rows.at(-1)).toMatchObject({ id: 'metric:recall_at_k@5', label: 'Recall@5', same: true });
  });
});
