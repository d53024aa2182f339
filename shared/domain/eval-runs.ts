// Evaluation runs and the metric values each run recorded.
import { z } from 'zod';
import { checkMetricInput } from '../metrics/validate-metric';
import { count, requiredText, rowId, runDay, text, timestamp } from './fields';

/** The same limits `checkRun` applies to a run typed or imported. */
export const evalRunContextSchema = z.strictObject({
  model: text(200).optional(),
  promptVersion: text(100).optional(),
  datasetName: text(200).optional(),
  datasetSize: z.number().int().min(1).max(1_000_000_000).optional(),
  datasetSplit: text(50).optional(),
  /** A commit hash or URL that pins what was measured. */
  commitOrUrl: text(500).optional(),
  notes: text(5_000).optional(),
});
export type EvalRunContext = z.infer<typeof evalRunContextSchema>;

/** The eval tools whose own output files ShipReady reads (shared/eval-import/). */
export const evalToolSchema = z.enum(['lm-eval', 'inspect', 'promptfoo', 'deepeval', 'mlflow', 'ragas']);

/** Where an imported run came from, so its numbers trace back to the tool's file; absent on typed runs. */
export const evalRunSourceSchema = z.strictObject({
  tool: evalToolSchema,
  toolVersion: text(100).optional(),
  /** The file's (or the mlruns folder's) name as the person picked it. */
  fileName: requiredText(260),
  /** Lowercase hex sha256 of the file's bytes (of a folder: its entries' paths and bytes). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'use 64 lowercase hex digits.'),
  importedAt: timestamp,
});
export type EvalRunSource = z.infer<typeof evalRunSourceSchema>;

export const evalRunSchema = z.strictObject({
  id: rowId,
  projectId: rowId,
  label: requiredText(120),
  ranOn: runDay,
  context: evalRunContextSchema,
  baselineRunId: rowId.optional(),
  source: evalRunSourceSchema.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type EvalRun = z.infer<typeof evalRunSchema>;

const metricFieldsSchema = z.strictObject({
  id: rowId,
  runId: rowId,
  projectId: rowId,
  /** A catalog key (`recall_at_k`) or `custom:<name>`. */
  key: requiredText(47),
  value: z.number().meta({
    description:
      "Finite and within the catalog's range for its key: ratios 0 to 1; ms, tokens and USD 0 or more.",
  }),
  /** For @k metrics. */
  k: z.number().int().min(1).max(1000).optional(),
  /** Only for custom metrics. */
  unit: text(20).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  /** How many samples the value is computed from, where the tool says. */
  sampleCount: count.optional(),
  /** The standard error the tool reported (never computed here): finite, 0 or more, in the value's unit. */
  stderr: z.number().min(0).max(1e15).optional(),
});

/** A metric row: its key, value, k, unit and direction checked by the catalog rules every metric passes. */
export const metricSchema = metricFieldsSchema.superRefine((metric, ctx) => {
  const isCustom = metric.key.startsWith('custom:');
  const checked = checkMetricInput(metric, 'metric');
  if (!checked.ok) {
    for (const problem of checked.problems) {
      const field = problem.field.replace(/^metric\.?/, '');
      ctx.addIssue({ code: 'custom', message: problem.message, path: field ? [field] : [], input: metric });
    }
    return;
  }
  // A catalog metric takes no unit or direction, and only @k metrics take a k: stray fields would mislead.
  if (!isCustom && (metric.unit !== undefined || metric.direction !== undefined)) {
    const field = metric.unit !== undefined ? 'unit' : 'direction';
    ctx.addIssue({
      code: 'custom',
      message: 'only custom metrics have their own unit and direction.',
      path: [field],
      input: metric,
    });
  }
  if (metric.k !== undefined && checked.value.k === undefined) {
    ctx.addIssue({ code: 'custom', message: 'this metric does not take a k.', path: ['k'], input: metric });
  }
});
export type Metric = z.infer<typeof metricSchema>;
