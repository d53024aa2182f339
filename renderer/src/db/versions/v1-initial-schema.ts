// Version 1: the whole domain of docs/design.md section 3. Shipped; never edit, add a new version instead.
import type { SchemaVersion } from './schema-version';

export const v1Stores = {
  progress: 'itemId, status, updatedAt',
  notes: 'itemId, updatedAt',
  resources: 'id, itemId, createdAt',
  projects: 'id, status, curriculumRef, updatedAt, archivedAt',
  milestones: 'id, projectId, [projectId+order], dueOn',
  evalRuns: 'id, projectId, ranOn, baselineRunId',
  metrics: 'id, runId, projectId, key, [projectId+key]',
  events: '++seq, at, kind, entityId',
  readinessSnapshots: 'id, at',
  feedback: 'id, inputHash, kind, createdAt',
  reviews: 'id, bundleHash, receivedAt',
  settings: 'key',
} as const;

export const v1InitialSchema: SchemaVersion = { version: 1, stores: v1Stores };
