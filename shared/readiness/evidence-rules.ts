// The data that says which runs count as measured evidence for a skill: relevant catalog metrics, minimum
// dataset size, plausible ranges (content/readiness/evidence-rules.json), checked by a zod schema on import.
import { z } from 'zod';
import rulesJson from '../../content/readiness/evidence-rules.json';
import { metricKeys } from '../metrics/catalog';

const catalogKey = z.enum(metricKeys as [string, ...string[]]);

export const skillEvidenceRuleSchema = z.strictObject({
  /** Catalog metrics that measure the skill; custom metrics never qualify. */
  metrics: z.array(catalogKey).min(1),
  /** A run on fewer examples than this says nothing about the skill. */
  minDatasetSize: z.number().int().min(1).max(1_000_000),
  /** Fine-tuning: the baseline is the untuned model, so its model must differ. */
  baselineModelDiffers: z.boolean().optional(),
});
export type SkillEvidenceRule = z.infer<typeof skillEvidenceRuleSchema>;

export const evidenceRulesSchema = z.strictObject({
  '//': z.string().optional(),
  skills: z.record(z.string().min(1), skillEvidenceRuleSchema),
  /** Values outside these ranges are absurd (a 0 ms p95, a free request) and gain nothing. */
  plausible: z.partialRecord(catalogKey, z.strictObject({ min: z.number(), max: z.number() })),
});
export type EvidenceRules = z.infer<typeof evidenceRulesSchema>;

/** The rules shipped with the app; a malformed file fails at start-up and in the rules test, never silently. */
export const evidenceRules: EvidenceRules = evidenceRulesSchema.parse(rulesJson);
