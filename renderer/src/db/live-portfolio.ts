// Live queries for the portfolio: one project with its milestones, runs and metrics, and the dashboard.
import { useLiveQuery } from 'dexie-react-hooks';
import type { EvalRun, Metric } from '../../../shared/domain/eval-runs';
import type { Milestone, Project } from '../../../shared/domain/projects';
import { useDatabase } from './database-context';

/** Newest change first; equal times in descending id, as the updatedAt index read backwards gave them. */
const newestChangeFirst = (a: Project, b: Project) =>
  a.updatedAt !== b.updatedAt ? (a.updatedAt < b.updatedAt ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/** Every project, archived included, newest change first. */
export function useAllProjects(): Project[] | undefined {
  const db = useDatabase();
  // In an explicit read-only transaction Dexie's live-query cache stands aside: it deep-clones every row it
  // hands out, which the dashboard's CPU profile showed as the largest Dexie cost after the reads themselves.
  // The whole table, sorted here: a live query through an index records each row's key it returned (a tree
  // insert per key, ~20 ms for 1,000 projects in that profile), a whole-table read one range.
  return useLiveQuery(
    () => db.transaction('r', db.projects, async () => (await db.projects.toArray()).sort(newestChangeFirst)),
    [db],
  );
}

export function useProject(projectId: string): Project | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.projects.get(projectId)) ?? null, [db, projectId]);
}

export function useMilestones(projectId: string): Milestone[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () => db.milestones.where('projectId').equals(projectId).sortBy('order'),
    [db, projectId],
  );
}

export interface ProjectEvidence {
  runs: EvalRun[];
  metrics: Metric[];
}

/** A project's runs (newest first) and all their metric rows. */
export function useProjectEvidence(projectId: string): ProjectEvidence | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const runs = await db.evalRuns.where('projectId').equals(projectId).toArray();
    runs.sort((a, b) => b.ranOn.localeCompare(a.ranOn) || b.createdAt.localeCompare(a.createdAt));
    return { runs, metrics: await db.metrics.where('projectId').equals(projectId).toArray() };
  }, [db, projectId]);
}

export interface DashboardEvidence {
  /** The runs dated `since` or later. */
  runs: EvalRun[];
  /** One entry per metric row of those runs: only its run. */
  metrics: Pick<Metric, 'runId'>[];
}

/**
 * What the portfolio dashboard charts besides the projects: the runs dated `since` (YYYY-MM-DD) or later,
 * through the ranOn index, and which of them each metric row belongs to.
 */
export function useDashboardEvidence(since: string): DashboardEvidence | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      // Explicit, so the live-query cache does not deep-clone the rows (see useAllProjects).
      db.transaction('r', db.evalRuns, db.metrics, async () => {
        // Whole rows in one getAll, not the runId index's keys: a key cursor steps through 5,000 entries one
        // at a time (measured 170 ms against 35 ms for the rows).
        const [runs, metrics] = await Promise.all([
          db.evalRuns.where('ranOn').aboveOrEqual(since).toArray(),
          db.metrics.toArray(),
        ]);
        const shown = new Set(runs.map((run) => run.id));
        const ofShownRuns: Pick<Metric, 'runId'>[] = [];
        for (const metric of metrics) if (shown.has(metric.runId)) ofShownRuns.push({ runId: metric.runId });
        return { runs, metrics: ofShownRuns };
      }),
    [db, since],
  );
}
