// The zod schema of each row type a portfolio bundle carries, mirroring the domain types and the app's limits.
import { z } from 'zod';
import { progressStatuses, skipReasons } from '../domain/progress';
import { projectStatuses } from '../domain/projects';
import { checkMetricInput } from '../metrics/validate-metric';
import { count, day, httpsUrl, requiredText, rowId, runDay, text, timestamp } from './fields';

export const progressEntrySchema = z.strictObject({
  itemId: rowId,
  status: z.enum(progressStatuses),
  skipReason: z.enum(skipReasons).optional(),
  skipNote: text(5_000).optional(),
  updatedAt: timestamp,
});

export const noteSchema = z.strictObject({
  itemId: rowId,
  text: text(100_000),
  updatedAt: timestamp,
});

export const personalResourceSchema = z.strictObject({
  id: rowId,
  itemId: rowId,
  title: requiredText(200),
  url: httpsUrl.optional(),
  note: text(5_000).optional(),
  createdAt: timestamp,
});

export const projectLinkSchema = z.strictObject({
  label: requiredText(120),
  url: httpsUrl,
});

export const projectSchema = z.strictObject({
  id: rowId,
  title: requiredText(200),
  summary: text(5_000),
  curriculumRef: text(100).optional(),
  skills: z.array(text(100)).max(50),
  links: z.array(projectLinkSchema).max(10),
  status: z.enum(projectStatuses),
  startedOn: day.optional(),
  shippedOn: day.optional(),
  designDecisions: text(20_000),
  postmortem: text(20_000),
  archivedAt: timestamp.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const milestoneSchema = z.strictObject({
  id: rowId,
  projectId: rowId,
  title: requiredText(200),
  acceptanceCriteria: text(5_000),
  order: z.number().int().min(0).max(1_000_000),
  dueOn: day.optional(),
  doneOn: day.optional(),
  sourceId: text(100).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** The same limits `checkRun` applies to a run's context. */
export const evalRunContextSchema = z.strictObject({
  model: text(200).optional(),
  promptVersion: text(100).optional(),
  datasetName: text(200).optional(),
  datasetSize: z.number().int().min(1).max(1_000_000_000).optional(),
  datasetSplit: text(50).optional(),
  commitOrUrl: text(500).optional(),
  notes: text(5_000).optional(),
});

export const evalRunSchema = z.strictObject({
  id: rowId,
  projectId: rowId,
  label: requiredText(120),
  ranOn: runDay,
  context: evalRunContextSchema,
  baselineRunId: rowId.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const metricFieldsSchema = z.strictObject({
  id: rowId,
  runId: rowId,
  projectId: rowId,
  key: requiredText(47),
  value: z.number().meta({
    description:
      "Finite and within the catalog's range for its key: ratios 0 to 1; ms, tokens and USD 0 or more.",
  }),
  k: z.number().int().min(1).max(1000).optional(),
  unit: text(20).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
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

export const feedbackSchema = z
  .strictObject({
    id: rowId,
    kind: z.enum(['readiness-review', 'mock-interview']),
    inputHash: requiredText(200),
    model: requiredText(200),
    inputTokens: count,
    outputTokens: count,
    estimatedCostUsd: z.number().min(0).max(1_000_000),
    answer: z.unknown(),
    createdAt: timestamp,
  })
  .meta({
    description:
      'An LLM answer. When privacy.costs is false, inputTokens, outputTokens and estimatedCostUsd are 0: the exporter zeroes them.',
  });

const score = z.number().min(0).max(100);

export const readinessSnapshotSchema = z.strictObject({
  id: rowId,
  at: timestamp,
  overall: score,
  layers: z.record(rowId, score),
  skills: z.record(rowId, score),
  roles: z.record(rowId, score),
});
