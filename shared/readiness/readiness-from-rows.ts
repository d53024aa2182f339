// The one way from stored rows to a readiness score, used by the readiness page, the review space, the
// cohort view and every export, so each reads the same evidence the same way.
import type { Curriculum } from '../content/schema';
import type { BundleRows } from '../domain/tables';
import { computeReadiness } from './compute-readiness';
import { selfChecksFrom } from './self-checks';
import type { Readiness, ReadinessInput } from './types';

/** The tables readiness reads; a bundle's rows and the database's rows both fit. */
export type ReadinessRows = Pick<
  BundleRows,
  'progress' | 'projects' | 'milestones' | 'evalRuns' | 'metrics' | 'feedback'
>;

export function readinessInputFromRows(curriculum: Curriculum, rows: ReadinessRows): ReadinessInput {
  return {
    curriculum,
    progress: rows.progress,
    projects: rows.projects,
    milestones: rows.milestones,
    evalRuns: rows.evalRuns,
    metrics: rows.metrics,
    selfChecks: selfChecksFrom(rows.feedback),
  };
}

export function readinessFromRows(curriculum: Curriculum, rows: ReadinessRows): Readiness {
  return computeReadiness(readinessInputFromRows(curriculum, rows));
}
