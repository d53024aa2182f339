// The cohort folder this copy of ShipReady is connected to, and who the person is in it (ids chosen once).
import { z } from 'zod';
import { sha256Ref } from '../domain/fields';
import { memberId } from './ids';

export const publishPrivacySchema = z.strictObject({
  notes: z.boolean(),
  resources: z.boolean(),
  costs: z.boolean(),
  llmAnswers: z.boolean(),
  /** Absent in connections saved before the review log travelled in bundles: left out. */
  reviewLog: z.boolean().optional(),
});

export const cohortConnectionSchema = z.strictObject({
  folder: z.string().min(1).max(4096),
  studentId: memberId.optional(),
  mentorId: memberId.optional(),
  /** Publish again after changes, while ShipReady is open. */
  autoPublish: z.boolean(),
  privacy: publishPrivacySchema,
  /** Hashes of the bundles this person published, newest last: reviews of any of them may be imported. */
  publishedHashes: z.array(sha256Ref).max(200),
});

export type CohortConnection = z.infer<typeof cohortConnectionSchema>;
export type PublishPrivacy = z.infer<typeof publishPrivacySchema>;

/** Notes and costs stay home unless the person includes them, as in the export dialog. */
export const defaultPublishPrivacy: PublishPrivacy = {
  notes: false,
  resources: true,
  costs: false,
  llmAnswers: true,
  reviewLog: false,
};
