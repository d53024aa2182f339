// Live queries for the portfolio: one project with its milestones, runs and metrics, and the dashboard.
import { useLiveQuery } from 'dexie-react-hooks';
import type { EvalRun, Metric } from '../../../shared/domain/eval-runs';
import type { Milestone, Project } from '../../../shared/domain/projects';
import { useDatabase } from './database-context';

/** Every project, archived included, newest change first. */
export function useAllProjects(): Project[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.projects.orderBy('updatedAt').reverse().toArray(), [db]);
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
  runs: EvalRun[];
  /** One entry per metric row: only its run. */
  metrics: Pick<Metric, 'runId'>[];
}

/** What the portfolio dashboard charts besides the projects: runs, and how many metrics each run holds. */
export function useDashboardEvidence(): DashboardEvidence | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    // Whole rows in one getAll, not the runId index's keys: a key cursor steps through 5,000 entries one
    // at a time (measured 170 ms against 35 ms for the rows).
    const [runs, metrics] = await Promise.all([db.evalRuns.toArray(), db.metrics.toArray()]);
    return { runs, metrics: metrics.map((metric) => ({ runId: metric.runId })) };
  }, [db]);
}
