// The append-only log every change writes to: the source of streaks, the calendar, pace and undo.

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

export interface AppEvent {
  /** Auto-increment key; gives a total order even within one millisecond. */
  seq?: number;
  at: string;
  kind: EventKind;
  entityId: string;
  /** A small description of the change, e.g. `{ from: 'pending', to: 'done' }`. */
  detail?: Record<string, unknown>;
}
