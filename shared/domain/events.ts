// The append-only log every change writes to: the source of streaks, the calendar, pace and undo.
import { z } from 'zod';
import { sha256Ref, text, timestamp } from './fields';

export const eventKinds = [
  'progress.changed',
  'note.saved',
  'resource.added',
  'resource.removed',
  'project.created',
  'project.updated',
  'project.archived',
  'project.deleted',
  'project.restored',
  'milestone.saved',
  'milestone.deleted',
  'eval-run.saved',
  'eval-run.deleted',
  'eval-runs.imported',
  'readiness.snapshot',
  'feedback.saved',
  'review.imported',
  'setting.changed',
  'content.migrated',
  'bundle.imported',
  'bundle.exported',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const appEventSchema = z.strictObject({
  /** Auto-increment key; gives a total order even within one millisecond. */
  seq: z.number().int().min(1).optional(),
  at: timestamp,
  kind: z.enum(eventKinds),
  entityId: text(500),
  /** A small description of the change, e.g. `{ from: 'pending', to: 'done' }`. */
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type AppEvent = z.infer<typeof appEventSchema>;

/** What a 'bundle.exported' event carries: the content hash a mentor's review of that file will name. */
export const bundleExportedDetailSchema = z.object({ contentHash: sha256Ref });

/** The content hashes of the bundles this portfolio exported, each once, in the order they were first exported. */
export function exportedBundleHashes(events: readonly AppEvent[]): string[] {
  const hashes = new Set<string>();
  for (const event of events) {
    if (event.kind !== 'bundle.exported') continue;
    const detail = bundleExportedDetailSchema.safeParse(event.detail);
    if (detail.success) hashes.add(detail.data.contentHash);
  }
  return [...hashes];
}
