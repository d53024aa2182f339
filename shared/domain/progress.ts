// Where a person stands on each curriculum item, plus their notes and personal resources.
import { z } from 'zod';
import { httpsUrl, requiredText, rowId, text, timestamp } from './fields';

export const progressStatuses = ['pending', 'in-progress', 'done', 'skipped'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

export const skipReasons = ['already-known', 'outside-evidence', 'not-relevant'] as const;
export type SkipReason = (typeof skipReasons)[number];

export const progressEntrySchema = z.strictObject({
  /** The curriculum item's permanent content id. */
  itemId: rowId,
  status: z.enum(progressStatuses),
  skipReason: z.enum(skipReasons).optional(),
  /** Free text for outside evidence, e.g. a certificate name. */
  skipNote: text(5_000).optional(),
  updatedAt: timestamp,
});
export type ProgressEntry = z.infer<typeof progressEntrySchema>;

export const noteSchema = z.strictObject({
  itemId: rowId,
  text: text(100_000),
  updatedAt: timestamp,
});
export type Note = z.infer<typeof noteSchema>;

export const personalResourceSchema = z.strictObject({
  id: rowId,
  itemId: rowId,
  title: requiredText(200),
  url: httpsUrl.optional(),
  note: text(5_000).optional(),
  createdAt: timestamp,
});
export type PersonalResource = z.infer<typeof personalResourceSchema>;
