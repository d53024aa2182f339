// Reads and writes the rows a portfolio bundle carries, in one transaction each way.
import type { BundleRows } from '../../../shared/bundle/merge-plan';
import type { ShipReadyDatabase } from './database';
import { appendEvent } from './repositories/events';

/** The tables a bundle carries rows of. */
const bundleTables = (db: ShipReadyDatabase) => [
  db.progress,
  db.notes,
  db.resources,
  db.projects,
  db.milestones,
  db.evalRuns,
  db.metrics,
  db.feedback,
  db.readinessSnapshots,
];

export async function readBundleRows(db: ShipReadyDatabase): Promise<BundleRows> {
  return db.transaction('r', bundleTables(db), async () => ({
    progress: await db.progress.toArray(),
    notes: await db.notes.toArray(),
    resources: await db.resources.toArray(),
    projects: await db.projects.toArray(),
    milestones: await db.milestones.toArray(),
    evalRuns: await db.evalRuns.toArray(),
    metrics: await db.metrics.toArray(),
    feedback: await db.feedback.toArray(),
    readinessSnapshots: await db.readinessSnapshots.toArray(),
  }));
}

/** Puts the planned rows in one transaction: all of them land, or none do. */
export async function writeBundleRows(
  db: ShipReadyDatabase,
  rows: Partial<BundleRows>,
  source: string,
  /** Metrics of runs that the incoming version replaces and no longer carries. */
  metricIdsToRemove: string[] = [],
): Promise<number> {
  let count = 0;
  await db.transaction('rw', [...bundleTables(db), db.events], async () => {
    const put = async <T>(table: { bulkPut(rows: T[]): Promise<unknown> }, list: T[] | undefined) => {
      if (!list?.length) return;
      await table.bulkPut(list);
      count += list.length;
    };
    if (metricIdsToRemove.length > 0) await db.metrics.bulkDelete(metricIdsToRemove);
    await put(db.progress, rows.progress);
    await put(db.notes, rows.notes);
    await put(db.resources, rows.resources);
    await put(db.projects, rows.projects);
    await put(db.milestones, rows.milestones);
    await put(db.evalRuns, rows.evalRuns);
    await put(db.metrics, rows.metrics);
    await put(db.feedback, rows.feedback);
    await put(db.readinessSnapshots, rows.readinessSnapshots);
    await appendEvent(db, 'bundle.imported', source, { rows: count });
  });
  return count;
}
