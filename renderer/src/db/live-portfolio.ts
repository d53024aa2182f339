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

/** Everything the portfolio dashboard charts: all projects, runs and metric rows. */
export function useDashboardEvidence(): (ProjectEvidence & { projects: Project[] }) | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [projects, runs, metrics] = await Promise.all([
      db.projects.toArray(),
      db.evalRuns.toArray(),
      db.metrics.toArray(),
    ]);
    return { projects, runs, metrics };
  }, [db]);
}
