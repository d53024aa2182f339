import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Checked, CheckedMetric } from '../portfolio/types';
import { metricCatalog } from './catalog';
import { checkMetric, describeSeries, readNumber, seriesId } from './validate-metric';

const problemsOf = (result: Checked<CheckedMetric>) =>
  result.ok ? [] : result.problems.map((problem) => `${problem.field}: ${problem.message}`);

describe('checkMetric', () => {
  it('accepts a catalog metric and drops the unit and direction the catalog defines', () => {
    expect(checkMetric({ key: 'faithfulness', value: 0.82, unit: 'x', direction: 'lower' })).toEqual({
      ok: true,
      value: { key: 'faithfulness', value: 0.82 },
    });
  });

  it.each([
    ['0.82', 0.82],
    [' -3 ', -3],
    ['1e3', 1000],
    ['.5', 0.5],
    ['+2', 2],
  ])('reads the numeric string %j', (text, expected) => {
    expect(readNumber(text)).toEqual({ kind: 'number', value: expected });
    expect(checkMetric({ key: 'custom:delta', value: text, unit: 'pts', direction: 'higher' })).toMatchObject(
      {
        ok: true,
        value: { value: expected },
      },
    );
  });

  it('keeps negative zero out of stored values', () => {
    const reading = readNumber('-0');
    expect(reading.kind === 'number' && Object.is(reading.value, 0)).toBe(true);
  });

  it('says to enter a number when the value is text', () => {
    expect(problemsOf(checkMetric({ key: 'faithfulness', value: 'abc' }, 'metrics[2]'))).toEqual([
      'metrics[2].value: enter a number (got "abc").',
    ]);
  });

  it.each(['', '   ', '0.8x', '1,5', '0x10', '1 000', 'e5'])('rejects %j as a number', (text) => {
    const result = checkMetric({ key: 'faithfulness', value: text });
    expect(result.ok).toBe(false);
    expect(problemsOf(result)[0]).toMatch(/^metric\.value: enter a number/);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['NaN', '"NaN"'],
    ['Infinity', '"Infinity"'],
    ['1e999', '"1e999"'],
  ])('says %j must be a finite number', (value, shown) => {
    expect(problemsOf(checkMetric({ key: 'faithfulness', value }, 'metrics[0]'))).toEqual([
      `metrics[0].value: must be a finite number (got ${shown}).`,
    ]);
  });

  it('names the metric and its range when a ratio is out of range', () => {
    expect(problemsOf(checkMetric({ key: 'faithfulness', value: 1.7 }, 'metrics[1]'))).toEqual([
      'metrics[1].value: faithfulness must be between 0 and 1 (got 1.7).',
    ]);
  });

  it('says an open-ended metric must be 0 or more', () => {
    expect(problemsOf(checkMetric({ key: 'latency_p95_ms', value: -5 }))).toEqual([
      'metric.value: latency p95 must be 0 or more (got -5).',
    ]);
  });

  it('keeps acronyms in range messages', () => {
    expect(problemsOf(checkMetric({ key: 'mrr', value: 2 }))).toEqual([
      'metric.value: MRR must be between 0 and 1 (got 2).',
    ]);
  });

  it('accepts the range bounds themselves', () => {
    expect(checkMetric({ key: 'faithfulness', value: 0 }).ok).toBe(true);
    expect(checkMetric({ key: 'faithfulness', value: 1 }).ok).toBe(true);
    expect(checkMetric({ key: 'latency_p95_ms', value: 0 }).ok).toBe(true);
  });

  it('rejects unknown keys and badly named custom metrics on the key field', () => {
    expect(problemsOf(checkMetric({ key: 'faithfulnes', value: 0.5 }))).toEqual([
      'metric.key: "faithfulnes" is not a metric in the catalog; pick one from the catalog or name your own as custom:<name>.',
    ]);
    expect(
      problemsOf(checkMetric({ key: 'custom:Cost Ratio', value: 1, unit: 'x', direction: 'lower' }))[0],
    ).toMatch(/^metric\.key: a custom metric name must be 1 to 40 lowercase letters/);
    expect(checkMetric({ key: `custom:${'a'.repeat(41)}`, value: 1, unit: 'x', direction: 'lower' }).ok).toBe(
      false,
    );
    expect(problemsOf(checkMetric({ key: '', value: 1 }))).toEqual(['metric.key: choose a metric.']);
  });

  it('needs a whole k from 1 to 1000 for @k metrics, given as a number or text', () => {
    expect(checkMetric({ key: 'recall_at_k', value: 0.7, k: '5' })).toEqual({
      ok: true,
      value: { key: 'recall_at_k', value: 0.7, k: 5 },
    });
    expect(problemsOf(checkMetric({ key: 'recall_at_k', value: 0.7 }, 'metrics[0]'))).toEqual([
      'metrics[0].k: recall@k needs its k, a whole number from 1 to 1000.',
    ]);
    expect(problemsOf(checkMetric({ key: 'ndcg_at_k', value: 0.7, k: 2.5 }))).toEqual([
      'metric.k: must be a whole number from 1 to 1000 (got 2.5).',
    ]);
    expect(problemsOf(checkMetric({ key: 'precision_at_k', value: 0.7, k: 1001 }))).toEqual([
      'metric.k: must be a whole number from 1 to 1000 (got 1001).',
    ]);
    expect(problemsOf(checkMetric({ key: 'precision_at_k', value: 0.7, k: 'ten' }))).toEqual([
      'metric.k: enter a whole number from 1 to 1000 (got "ten").',
    ]);
  });

  it('ignores k on metrics that have none', () => {
    expect(checkMetric({ key: 'faithfulness', value: 0.5, k: 5 })).toEqual({
      ok: true,
      value: { key: 'faithfulness', value: 0.5 },
    });
  });

  it('uses k in the range message of @k metrics', () => {
    expect(problemsOf(checkMetric({ key: 'recall_at_k', value: 1.2, k: 5 }))).toEqual([
      'metric.value: recall@5 must be between 0 and 1 (got 1.2).',
    ]);
  });

  it('needs a unit and a direction for a custom metric', () => {
    expect(problemsOf(checkMetric({ key: 'custom:cost-ratio', value: 2 }, 'metrics[0]'))).toEqual([
      'metrics[0].unit: a custom metric needs a unit.',
      'metrics[0].direction: a custom metric needs a direction: say whether "higher" or "lower" is better.',
    ]);
    expect(
      problemsOf(checkMetric({ key: 'custom:cost-ratio', value: 2, unit: '   ', direction: 'lower' })),
    ).toEqual(['metric.unit: a custom metric needs a unit.']);
    expect(
      problemsOf(
        checkMetric({ key: 'custom:cost-ratio', value: 2, unit: 'x'.repeat(21), direction: 'lower' }),
      ),
    ).toEqual(['metric.unit: must be 20 characters or fewer (got 21).']);
  });

  it('stores a custom metric with its trimmed unit and direction, and no range', () => {
    expect(checkMetric({ key: 'custom:cost-ratio', value: '-20', unit: ' x ', direction: 'lower' })).toEqual({
      ok: true,
      value: { key: 'custom:cost-ratio', value: -20, unit: 'x', direction: 'lower' },
    });
  });

  it('reports every problem of a metric at once', () => {
    expect(checkMetric({ key: 'custom:x', value: 'abc' })).toMatchObject({
      ok: false,
      problems: [{ field: 'metric.value' }, { field: 'metric.unit' }, { field: 'metric.direction' }],
    });
  });

  it('never accepts a non-finite value', () => {
    const nonFinite = fc.constantFrom<unknown>(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      'NaN',
      'Infinity',
      '-Infinity',
      '1e999',
      '-1e400',
    );
    const key = fc.constantFrom(...metricCatalog.map((definition) => definition.key), 'custom:score');
    fc.assert(
      fc.property(key, nonFinite, (metricKey, value) => {
        const result = checkMetric({ key: metricKey, value, k: 5, unit: 'pts', direction: 'higher' });
        return !result.ok && result.problems.some((problem) => problem.field === 'metric.value');
      }),
    );
  });

  it('rejects every value outside the catalog range and accepts every value inside it', () => {
    const definition = fc.constantFrom(...metricCatalog);
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -2, max: 2 }),
    );
    fc.assert(
      fc.property(definition, value, fc.boolean(), (metric, number, asText) => {
        const result = checkMetric({ key: metric.key, value: asText ? String(number) : number, k: 10 });
        const inRange = number >= metric.min && number <= metric.max;
        return result.ok === inRange;
      }),
    );
  });
});

describe('describeSeries', () => {
  it('fills in k for @k metrics', () => {
    expect(describeSeries({ key: 'recall_at_k', k: 5 })).toEqual({
      label: 'Recall@5',
      unit: 'ratio',
      direction: 'higher',
    });
    expect(describeSeries({ key: 'ndcg_at_k', k: 10 }).label).toBe('nDCG@10');
    expect(describeSeries({ key: 'recall_at_k' }).label).toBe('Recall@k');
  });

  it('takes unit and direction from the catalog', () => {
    expect(describeSeries({ key: 'latency_p95_ms' })).toEqual({
      label: 'Latency p95',
      unit: 'ms',
      direction: 'lower',
    });
  });

  it('names custom metrics after their slug, with the unit and direction given', () => {
    expect(describeSeries({ key: 'custom:hallucination-rate' })).toEqual({
      label: 'Hallucination rate',
      unit: '',
      direction: 'higher',
    });
    expect(describeSeries({ key: 'custom:cost_ratio' }, { unit: 'x', direction: 'lower' })).toEqual({
      label: 'Cost ratio',
      unit: 'x',
      direction: 'lower',
    });
  });
});

describe('seriesId', () => {
  it('joins key and k', () => {
    expect(seriesId({ key: 'recall_at_k', k: 5 })).toBe('recall_at_k@5');
    expect(seriesId({ key: 'faithfulness' })).toBe('faithfulness');
  });
});
