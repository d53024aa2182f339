// Reads every input of the readiness score live and computes it; recomputes only when rows change.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Curriculum } from '../../../../shared/content/schema';
import { computeReadiness } from '../../../../shared/readiness/compute-readiness';
import { selfChecksFrom } from '../../../../shared/readiness/self-checks';
import type { Readiness, ReadinessInput } from '../../../../shared/readiness/types';
import { useCurriculum } from '../../content/curriculum-source';
import { useDatabase } from '../../db/database-context';

export interface ReadinessData {
  curriculum: Curriculum;
  input: ReadinessInput;
  readiness: Readiness;
}

export function useReadiness(): ReadinessData | undefined {
  const db = useDatabase();
  const curriculum = useCurriculum();
  const rows = useLiveQuery(async () => {
    const [progress, projects, milestones, runs, metrics, interviews] = await Promise.all([
      db.progress.toArray(),
      db.projects.toArray(),
      db.milestones.toArray(),
      db.evalRuns.toArray(),
      db.metrics.toArray(),
      db.feedback.where('kind').equals('mock-interview').toArray(),
    ]);
    const selfChecks = selfChecksFrom(interviews);
    return { progress, projects, milestones, runs, metrics, selfChecks };
  }, [db]);
  return useMemo(() => {
    if (!curriculum || !rows) return undefined;
    const input: ReadinessInput = { curriculum, ...rows };
    return { curriculum, input, readiness: computeReadiness(input) };
  }, [curriculum, rows]);
}
