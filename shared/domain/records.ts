// Readiness snapshots, LLM feedback, mentor reviews received, and settings rows.
import { z } from 'zod';
import { count, requiredText, rowId, sha256Ref, text, timestamp } from './fields';

const score = z.number().min(0).max(100);

export const readinessSnapshotSchema = z.strictObject({
  id: rowId,
  at: timestamp,
  overall: score,
  layers: z.record(rowId, score),
  skills: z.record(rowId, score),
  roles: z.record(rowId, score),
});
export type ReadinessSnapshot = z.infer<typeof readinessSnapshotSchema>;

export const feedbackKinds = ['readiness-review', 'mock-interview'] as const;

export const feedbackSchema = z
  .strictObject({
    id: rowId,
    kind: z.enum(feedbackKinds),
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
export type Feedback = z.infer<typeof feedbackSchema>;

export const reviewReceivedSchema = z.strictObject({
  id: rowId,
  /** Content hash of the portfolio bundle the mentor reviewed. */
  bundleHash: sha256Ref,
  mentorName: requiredText(120),
  recommendation: text(6_000),
  /** The review file's own content hash: the same file imported twice is stored once. */
  contentHash: sha256Ref.optional(),
  /** Ideas per reviewed item, by type (`project`, `milestone`, `evalRun`, `skill`) and id; ids may hold ":". */
  comments: z
    .array(z.strictObject({ itemType: requiredText(40), itemId: text(250), text: text(4_000) }))
    .max(20_000),
  scores: z
    .array(
      z.strictObject({ projectId: text(250), rubricItemId: text(250), score: z.number().min(0).max(100) }),
    )
    .max(20_000),
  receivedAt: timestamp,
});
export type ReviewReceived = z.infer<typeof reviewReceivedSchema>;

export const settingRowSchema = z.strictObject({
  key: rowId,
  value: z.unknown(),
  updatedAt: timestamp,
});
export type SettingRow = z.infer<typeof settingRowSchema>;
