// The one IndexedDB database: its tables, typed with the entities from shared/.
import Dexie, { type EntityTable } from 'dexie';
import type { EvalRun, Metric } from '../../../shared/domain/eval-runs';
import type { AppEvent } from '../../../shared/domain/events';
import type { Note, PersonalResource, ProgressEntry } from '../../../shared/domain/progress';
import type { Milestone, Project } from '../../../shared/domain/projects';
import type { Feedback, ReadinessSnapshot, ReviewReceived, SettingRow } from '../../../shared/domain/records';
import { databaseName } from './names';
import { versionLadder } from './versions/ladder';

export class ShipReadyDatabase extends Dexie {
  declare progress: EntityTable<ProgressEntry, 'itemId'>;
  declare notes: EntityTable<Note, 'itemId'>;
  declare resources: EntityTable<PersonalResource, 'id'>;
  declare projects: EntityTable<Project, 'id'>;
  declare milestones: EntityTable<Milestone, 'id'>;
  declare evalRuns: EntityTable<EvalRun, 'id'>;
  declare metrics: EntityTable<Metric, 'id'>;
  declare events: EntityTable<AppEvent, 'seq'>;
  declare readinessSnapshots: EntityTable<ReadinessSnapshot, 'id'>;
  declare feedback: EntityTable<Feedback, 'id'>;
  declare reviews: EntityTable<ReviewReceived, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;

  constructor(name: string = databaseName) {
    super(name);
    for (const step of versionLadder) step(this);
  }
}

/**
 * Opens the database and asks the browser not to evict it under storage pressure. The request is not
 * awaited: the answer changes nothing at start, and waiting on it delayed the first screen.
 */
export async function openDatabase(db: ShipReadyDatabase): Promise<void> {
  await db.open();
  navigator.storage?.persist?.().catch(() => {
    // Persistence is a request, not a promise; the app works without it.
  });
}
