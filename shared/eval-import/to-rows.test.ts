import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { folderEntries, importFixture } from '../../tests/fixtures/eval-files/load';
import { evalRunSchema, metricSchema } from '../domain/eval-runs';
import { importEvalInput } from './import-eval';
import { type EvalImportPlan, planEvalRows } from './to-rows';
import { type EvalImport, emptyRun, type ImportedMetric } from './types';

const options = { importedAt: '2026-03-10T12:00:00.000Z', today: '2026-03-10' };

function planned(plan: EvalImportPlan, label: string) {
  const run = plan.runs.find((candidate) => candidate.run.label === label);
  if (!run) throw new Error(`no run ${label}: ${plan.runs.map((r) => r.run.label).join(', ')}`);
  return run;
}

function rowOf(run: ReturnType<typeof planned>, key: string) {
  const metric = run.metrics.find((candidate) => candidate.row.key === key);
  if (!metric) throw new Error(`no ${key}: ${run.metrics.map((m) => m.row.key).join(', ')}`);
  return metric;
}

function syntheticImport(
  metrics: ImportedMetric[],
  extra: Partial<EvalImport['runs'][number]> = {},
): EvalImport {
  return {
    source: {
      tool: 'inspect',
      toolVersion: '0.3.210',
      fileName: 'log.json',
      sha256: 'b'.repeat(64),
      detectedBy: 'test',
    },
    runs: [{ ...emptyRun('synthetic'), metrics, ...extra }],
    leftOut: [],
  };
}

describe('planEvalRows: lm-evaluation-harness', () => {
  it('keeps the sample count, names the N/A stderr and traces the run to its file', async () => {
    const plan = planEvalRows(await importFixture('lm-eval/results_2026-03-02T08-00-00.json'), options);
    expect(plan.toolName).toBe('lm-evaluation-harness');
    expect(plan.toolVersion).toBe('0.4.12');
    const run = planned(plan, 'mmlu_tiny · acme/chat-3b');
    expect(run.run.ranOn).toBe('2026-03-02');
    expect(run.run.context).toMatchObject({
      model: 'acme/chat-3b',
      datasetSize: 40,
      datasetSplit: 'validation',
    });
    expect(run.run.source).toEqual({
      tool: 'lm-eval',
      toolVersion: '0.4.12',
      fileName: 'results_2026-03-02T08-00-00.json',
      sha256: '52f3f832b60a52e21c960fb6f61c83a83fcaf398dbdb2e29e02fd1ac4ce93882',
      importedAt: options.importedAt,
    });
    expect(rowOf(run, 'accuracy')).toMatchObject({
      row: { key: 'accuracy', value: 0.61, sampleCount: 40 },
      becomes: 'Accuracy',
      isCustom: false,
    });
    expect(rowOf(run, 'accuracy').row).not.toHaveProperty('stderr');
    expect(run.notMeasured.map((entry) => entry.field)).toContain('results.mmlu_tiny["acc_stderr,none"]');
  });

  it('a metric with no catalog key stays custom with the tool’s direction and a unit', async () => {
    const plan = planEvalRows(await importFixture('lm-eval/results_2026-03-02T08-00-00.json'), options);
    const rouge = rowOf(planned(plan, 'truthfulqa_gen · acme/chat-3b'), 'custom:rouge1_acc');
    expect(rouge.row).toEqual({
      key: 'custom:rouge1_acc',
      value: 0.31,
      unit: 'score',
      direction: 'higher',
      sampleCount: 817,
    });
    expect(rouge.becomes).toBe('Custom metric “rouge1_acc”');
    expect(rouge.notes).toEqual([]);
  });
});

describe('planEvalRows: Inspect and MLflow', () => {
  it('an Inspect .eval keeps accuracy ± stderr with n and the tool’s token unit', async () => {
    const plan = planEvalRows(await importFixture('inspect/arithmetic-zstd.eval'), options);
    const run = planned(plan, 'arithmetic · openai/gpt-4o-mini');
    expect(rowOf(run, 'accuracy').row).toEqual({
      key: 'accuracy',
      value: 0.71,
      sampleCount: 200,
      stderr: 0.032,
    });
    expect(rowOf(run, 'custom:tokens-per-sample').row).toMatchObject({ unit: 'tokens', direction: 'lower' });
    expect(run.run.context.commitOrUrl).toBe('1a2b3c4');
    expect(run.run.context.notes).toContain('Status in the file: success.');
  });

  it('an mlruns folder: the latest of several steps, the deleted run left out, a running run said so', async () => {
    const imported = await importEvalInput({
      kind: 'folder',
      name: 'mlruns',
      entries: folderEntries('mlflow/mlruns'),
    });
    if (!imported.ok) throw new Error('mlruns refused');
    const plan = planEvalRows(imported.value, options);
    const baseline = planned(plan, 'baseline-bm25');
    expect(baseline.run.ranOn).toBe('2026-03-01');
    expect(rowOf(baseline, 'faithfulness')).toMatchObject({
      row: { value: 0.69 },
      notes: ['logged at 3 steps; the latest (step 2) is stored.'],
    });
    expect(baseline.notMeasured[0]?.field).toContain('answer_relevancy');
    expect(planned(plan, 'hybrid-rerank').run.context.notes).toContain('Status in the file: RUNNING.');
    expect(plan.leftOut).toEqual([
      { field: 'mlruns/1/0d0d0d0d0d0d4d0d0d0d0d0d0d0d0d0d', reason: 'is a deleted run.' },
    ]);
    expect(baseline.run.source?.tool).toBe('mlflow');
  });

  it('a Ragas file without a date is dated the day of the import, and says so', async () => {
    const plan = planEvalRows(await importFixture('ragas/ragas_v02.csv'), options);
    const run = planned(plan, 'Ragas evaluation');
    expect(run.run.ranOn).toBe('2026-03-10');
    expect(run.notes[0]).toBe(
      'The file gives no date for this run, so it is dated 2026-03-10, the day of the import.',
    );
  });
});

describe('planEvalRows: what the catalog refuses never reaches a row', () => {
  const metric = (extra: Partial<ImportedMetric>): ImportedMetric => ({
    key: 'accuracy',
    sourceName: 'acc',
    value: 0.5,
    ...extra,
  });

  it('a value outside the catalog’s range is left out with the catalog’s sentence', () => {
    const plan = planEvalRows(
      syntheticImport([metric({ value: 85 }), metric({ key: 'f1', sourceName: 'f1', value: 0.4 })]),
      options,
    );
    const run = plan.runs[0];
    expect(run?.metrics.map((m) => m.row.key)).toEqual(['f1']);
    expect(run?.notMeasured).toEqual([
      { field: 'acc', reason: 'accuracy must be between 0 and 1 (got 85). Not imported.' },
    ]);
  });

  it('NaN and Infinity values are refused; a NaN stderr or a fractional sample count is dropped', () => {
    const plan = planEvalRows(
      syntheticImport([
        metric({ value: Number.NaN }),
        metric({ key: 'f1', sourceName: 'f1', value: Number.POSITIVE_INFINITY }),
        metric({ key: 'exact_match', sourceName: 'em', value: 0.3, stderr: Number.NaN, sampleCount: 2.5 }),
      ]),
      options,
    );
    const run = plan.runs[0];
    expect(run?.metrics.map((m) => m.row)).toEqual([{ key: 'exact_match', value: 0.3 }]);
    expect(run?.notMeasured.map((entry) => entry.field)).toEqual(['acc', 'f1']);
  });

  it('recall@k without a k, and a tool direction against the catalog’s, become custom metrics', () => {
    const plan = planEvalRows(
      syntheticImport([
        metric({ key: 'recall_at_k', sourceName: 'recall', value: 0.8 }),
        metric({ direction: 'lower', directionFrom: 'tool' }),
      ]),
      options,
    );
    expect(plan.runs[0]?.metrics.map((m) => m.row)).toEqual([
      { key: 'custom:recall', value: 0.8, unit: 'score', direction: 'higher' },
      { key: 'custom:acc', value: 0.5, unit: 'score', direction: 'lower' },
    ]);
    expect(plan.runs[0]?.metrics[1]?.notes[0]).toContain('the tool says lower is better');
  });

  it('a custom metric with no direction is stored as higher is better and the preview says so', () => {
    const plan = planEvalRows(
      syntheticImport([{ key: 'custom:score', sourceName: 'score', value: 3 }]),
      options,
    );
    expect(plan.runs[0]?.metrics[0]?.row).toEqual({
      key: 'custom:score',
      value: 3,
      unit: 'score',
      direction: 'higher',
    });
    expect(plan.runs[0]?.metrics[0]?.notes).toEqual([
      'the tool does not say which way is better, so it is stored as higher is better.',
    ]);
  });

  it('two metrics on one key: the second becomes a numbered custom metric', () => {
    const plan = planEvalRows(syntheticImport([metric({}), metric({ sourceName: 'acc' })]), options);
    expect(plan.runs[0]?.metrics.map((m) => m.row.key)).toEqual(['accuracy', 'custom:acc']);
  });

  it('a run with no measured metric is left out whole', () => {
    const plan = planEvalRows(syntheticImport([metric({ value: Number.NaN })]), options);
    expect(plan.runs).toEqual([]);
    expect(plan.leftOut).toEqual([
      { field: 'synthetic', reason: 'has no measured metric, so the run is not imported.' },
    ]);
  });

  it('long context text is cut to the stored limits and a date outside 2000–2100 falls back to today', () => {
    const plan = planEvalRows(
      syntheticImport([metric({})], {
        label: 'x'.repeat(300),
        context: { datasetSplit: 's'.repeat(80), date: '1970-01-01T00:00:00.000Z' },
      }),
      options,
    );
    const run = plan.runs[0]?.run;
    expect(run?.label).toHaveLength(120);
    expect(run?.context.datasetSplit).toHaveLength(50);
    expect(run?.ranOn).toBe('2026-03-10');
  });
});

describe('planEvalRows: every planned row is one the database accepts', () => {
  const files = [
    'lm-eval/results_2026-03-02T08-00-00.json',
    'lm-eval/results_v03.json',
    'lm-eval/results_2026-03-01T10-11-12.345678.json',
    'inspect/arithmetic-zstd.eval',
    'inspect/2026-03-02T09-00-00+00-00_popularity_Ab3dE.json',
    'promptfoo/results-v3.json',
    'promptfoo/results-v2.json',
    'deepeval/test_run_20260303_141500.json',
    'ragas/ragas_v02.csv',
    'mlflow/search_runs.csv',
  ];
  it.each(files)('%s', async (file) => {
    const plan = planEvalRows(await importFixture(file), options);
    expect(plan.runs.length).toBeGreaterThan(0);
    for (const run of plan.runs) {
      const row = {
        id: 'r',
        projectId: 'p',
        createdAt: options.importedAt,
        updatedAt: options.importedAt,
        ...run.run,
      };
      expect(evalRunSchema.safeParse(row).success).toBe(true);
      for (const metric of run.metrics) {
        expect(metricSchema.safeParse({ id: 'm', runId: 'r', projectId: 'p', ...metric.row }).success).toBe(
          true,
        );
      }
    }
  });

  it('random metrics never give a row with a non-finite number or one the schema refuses', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
    );
    const anyMetric = fc.record({
      key: fc.oneof(
        fc.constantFrom('accuracy', 'recall_at_k', 'latency_p95_ms', 'cost_per_1k_requests_usd'),
        fc.string().map((s) => `custom:${s}`),
      ),
      sourceName: fc.string({ minLength: 1 }),
      value: anyNumber,
      sampleCount: fc.option(anyNumber, { nil: undefined }),
      stderr: fc.option(anyNumber, { nil: undefined }),
      direction: fc.option(fc.constantFrom('higher' as const, 'lower' as const), { nil: undefined }),
      unit: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(anyMetric, { maxLength: 8 }), (metrics) => {
        for (const run of planEvalRows(syntheticImport(metrics), options).runs) {
          for (const metric of run.metrics) {
            for (const value of [metric.row.value, metric.row.stderr, metric.row.sampleCount]) {
              if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
            }
            expect(
              metricSchema.safeParse({ id: 'm', runId: 'r', projectId: 'p', ...metric.row }).success,
            ).toBe(true);
          }
        }
      }),
    );
  });
});
