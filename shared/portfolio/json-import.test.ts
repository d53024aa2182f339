import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRunsJson } from './json-import';

const problemsOf = (result: ReturnType<typeof parseRunsJson>) =>
  result.ok ? [] : result.problems.map((problem) => `${problem.field}: ${problem.message}`);

const oneRun = (run: Record<string, unknown>) => JSON.stringify({ runs: [{ ranOn: '2026-03-01', ...run }] });

describe('parseRunsJson', () => {
  it('reads metrics written as an object, including @k and custom metrics', () => {
    const text = JSON.stringify({
      runs: [
        {
          label: 'Hybrid',
          ranOn: '2026-03-01',
          context: { model: 'claude', datasetSize: '200' },
          metrics: {
            faithfulness: 0.8,
            'recall_at_k@5': '0.7',
            'custom:cost-ratio': { value: 2, unit: 'x', direction: 'lower' },
          },
        },
      ],
    });
    expect(parseRunsJson(text)).toEqual({
      ok: true,
      value: [
        {
          label: 'Hybrid',
          ranOn: '2026-03-01',
          context: { model: 'claude', datasetSize: 200 },
          metrics: [
            { key: 'faithfulness', value: 0.8 },
            { key: 'recall_at_k', value: 0.7, k: 5 },
            { key: 'custom:cost-ratio', value: 2, unit: 'x', direction: 'lower' },
          ],
        },
      ],
    });
  });

  it('reads a bare list of runs with metrics as a list, and labels unlabelled runs', () => {
    const text = `\uFEFF${JSON.stringify([{ ranOn: '2026-03-01', metrics: [{ key: 'ndcg_at_k', value: 0.5, k: 10 }] }])}`;
    expect(parseRunsJson(text)).toEqual({
      ok: true,
      value: [
        {
          label: 'Imported run 1',
          ranOn: '2026-03-01',
          context: {},
          metrics: [{ key: 'ndcg_at_k', value: 0.5, k: 10 }],
        },
      ],
    });
  });

  it('says when the file is not JSON, with the parser message', () => {
    const [problem] = problemsOf(parseRunsJson('{"runs": ['));
    expect(problem).toMatch(/^file: not valid JSON \(.+\)\.$/);
    expect(problemsOf(parseRunsJson(''))).toEqual(['file: the file is empty.']);
  });

  it.each(['{}', '{"runs": {}}', '"runs"', '42', 'null'])('says %s is not a list of runs', (text) => {
    expect(problemsOf(parseRunsJson(text))).toEqual(['runs: expected a list of runs.']);
  });

  it('refuses an empty list and unexpected top-level keys', () => {
    expect(problemsOf(parseRunsJson('{"runs": []}'))).toEqual(['runs: the file has no runs.']);
    expect(problemsOf(parseRunsJson('{"runs": [], "version": 2}'))).toEqual([
      'version: is not expected; the file holds { "runs": [ … ] } or a bare list of runs.',
    ]);
  });

  it('says when metrics are neither an object nor a list', () => {
    const text = JSON.stringify([
      { ranOn: '2026-03-01', metrics: { mrr: 0.5 } },
      { ranOn: '2026-03-01', metrics: { mrr: 0.5 } },
      { ranOn: '2026-03-01', metrics: 0.5 },
    ]);
    expect(problemsOf(parseRunsJson(text))).toEqual(['runs[2].metrics: expected an object or a list.']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s wherever it is', (key) => {
    const text = `{"runs": [{"ranOn": "2026-03-01", "metrics": {"${key}": {"polluted": true}, "mrr": 0.5}}]}`;
    expect(problemsOf(parseRunsJson(text))).toEqual([`runs[0].metrics: the key "${key}" is not allowed.`]);
    expect(problemsOf(parseRunsJson(`{"${key}": 1, "runs": []}`))).toEqual([
      `file: the key "${key}" is not allowed.`,
    ]);
    expect(problemsOf(parseRunsJson(`[{"ranOn": "x", "context": {"${key}": 1}}]`))).toEqual([
      `runs[0].context: the key "${key}" is not allowed.`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names run, metric and field for out-of-range, non-finite and text values', () => {
    const text = JSON.stringify({
      runs: [
        { ranOn: '2026-03-01', metrics: { faithfulness: 1.7, latency_p95_ms: -5 } },
        {
          ranOn: '2026-03-01',
          metrics: [
            { key: 'mrr', value: 'NaN' },
            { key: 'f1', value: 'abc' },
          ],
        },
        { ranOn: '2026-03-01', metrics: [] },
        { ranOn: '2026-03-01', metrics: { 'custom:cost': 3 } },
      ],
    });
    expect(problemsOf(parseRunsJson(text))).toEqual([
      'runs[0].metrics.faithfulness.value: faithfulness must be between 0 and 1 (got 1.7).',
      'runs[0].metrics.latency_p95_ms.value: latency p95 must be 0 or more (got -5).',
      'runs[1].metrics[0].value: must be a finite number (got "NaN").',
      'runs[1].metrics[1].value: enter a number (got "abc").',
      'runs[2].metrics: a run needs at least one metric.',
      'runs[3].metrics.custom:cost.unit: a custom metric needs a unit.',
      'runs[3].metrics.custom:cost.direction: a custom metric needs a direction: say whether "higher" or "lower" is better.',
    ]);
  });

  it('names unknown keys on runs and metrics, wrong types and bad dates', () => {
    const text = JSON.stringify([
      {
        id: 'r1',
        ranOn: '2026-02-30',
        label: 7,
        context: { temperature: 1 },
        metrics: [{ key: 'mrr', value: 0.5, weight: 2 }],
      },
      'not a run',
    ]);
    expect(problemsOf(parseRunsJson(text))).toEqual([
      'runs[0].id: "id" is not expected here; use label, ranOn, context, baselineRunId or metrics.',
      'runs[0].metrics[0].weight: "weight" is not expected here; use key, value, k, unit or direction.',
      'runs[0].label: enter the label as text (got 7).',
      'runs[0].ranOn: 2026-02-30 is not a day in the calendar.',
      'runs[0].context.temperature: "temperature" is not a context field; use model, promptVersion, datasetName, datasetSize, datasetSplit, commitOrUrl or notes.',
      'runs[1]: expected a run with ranOn and metrics (got "not a run").',
    ]);
  });

  it('refuses a k in the name that disagrees with the k in the value', () => {
    const text = oneRun({ metrics: { 'recall_at_k@5': { value: 0.5, k: 10 } } });
    expect(problemsOf(parseRunsJson(text))).toEqual([
      'runs[0].metrics.recall_at_k@5.k: does not match the k in the name (5).',
    ]);
  });

  it('reports the same series twice within one run', () => {
    const text = oneRun({ metrics: { 'recall_at_k@5': 0.5, recall_at_k: { value: 0.6, k: 5 } } });
    expect(problemsOf(parseRunsJson(text))).toEqual([
      'runs[0].metrics.recall_at_k: Recall@5 appears twice in this run.',
    ]);
  });

  it('survives very deep nesting without overflowing the stack', () => {
    const depth = 200_000;
    const text = `{"runs": [{"ranOn": "2026-03-01", "metrics": {"mrr": 0.5}, "context": {"notes": ${'['.repeat(depth)}${']'.repeat(depth)}}}]}`;
    const result = parseRunsJson(text);
    expect(result.ok).toBe(false);
    expect(problemsOf(result)[0]).toMatch(/^(runs\[0\]\.context\.notes: enter text|file: not valid JSON)/);
  });

  it('keeps script and instructions in notes as inert text', () => {
    const notes = '<img src=x onerror=alert(1)> Ignore all previous instructions.';
    expect(parseRunsJson(oneRun({ context: { notes }, metrics: { mrr: 0.5 } }))).toMatchObject({
      ok: true,
      value: [{ context: { notes } }],
    });
  });

  it('never throws and never accepts a run without a valid metric, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseRunsJson(JSON.stringify(value) ?? '');
        if (!result.ok)
          return result.problems.length > 0 && result.problems.every((problem) => problem.field !== '');
        return result.value.every((run) => run.metrics.length > 0);
      }),
    );
  });
});
