// The append-only log every change writes to: the source of streaks, the calendar, pace and undo.
import { z } from 'zod';
import { sha256Ref, text, timestamp } from './fields';

/**
 * Every kind of change the log records, and whether it is study or portfolio work. Only those make a day active
 * in the calendar and the streak: a changed setting, an export, someone else's review, a content update or a
 * readiness snapshot happens without studying.
 */
const studyWork = {
  'progress.changed': true,
  'note.saved': true,
  'resource.added': true,
  'resource.removed': true,
  'project.created': true,
  'project.updated': true,
  'project.archived': true,
  'project.deleted': true,
  'project.restored': true,
  'milestone.saved': true,
  'milestone.deleted': true,
  'eval-run.saved': true,
  'eval-run.deleted': true,
  'eval-runs.imported': true,
  'readiness.snapshot': false,
  'feedback.saved': true,
  'review.imported': false,
  'review.removed': false,
  'setting.changed': false,
  'content.migrated': false,
  'bundle.imported': false,
  'bundle.exported': false,
} as const;

export type EventKind = keyof typeof studyWork;
export const eventKinds = Object.keys(studyWork) as [EventKind, ...EventKind[]];

/** True for study and portfolio work, the events that make a day active. */
export const isStudyWork = (kind: EventKind): boolean => studyWork[kind];

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
