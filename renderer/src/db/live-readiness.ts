// Live reads of what readiness is computed from: every evidence table, and the snapshots over time.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReadinessSnapshot } from '../../../shared/domain/records';
import type { ReadinessRows, Verification } from '../../../shared/readiness/readiness-from-rows';
import { useDatabase } from './database-context';
import { readVerification } from './readiness-verification';

/** The rows readiness reads, re-read whenever any of them changes. Undefined while loading. */
export function useReadinessRows(): ReadinessRows | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [progress, projects, milestones, evalRuns, metrics, feedback] = await Promise.all([
      db.progress.toArray(),
      db.projects.toArray(),
      db.milestones.toArray(),
      db.evalRuns.toArray(),
      db.metrics.toArray(),
      // Only mock-interview answers carry evidence; readiness advice from an LLM never changes a score.
      db.feedback.where('kind').equals('mock-interview').toArray(),
    ]);
    return { progress, projects, milestones, evalRuns, metrics, feedback };
  }, [db]);
}

/** Mentor reviews received and the hashes of bundles this portfolio exported; undefined while loading. */
export function useReadinessVerification(): Required<Verification> | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readVerification(db), [db]);
}

/** Readiness snapshots, oldest first. */
export function useReadinessSnapshots(): ReadinessSnapshot[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.readinessSnapshots.orderBy('at').toArray(), [db]);
}
