// The one way from stored rows to a readiness score, used by the readiness page, the review space, the
// cohort view and every export, so each reads the same evidence the same way.
import type { Curriculum } from '../content/schema';
import type { ReviewReceived } from '../domain/records';
import type { BundleRows } from '../domain/tables';
import { computeReadiness } from './compute-readiness';
import { selfChecksFrom } from './self-checks';
import type { Readiness, ReadinessInput } from './types';

/** The tables readiness reads; a bundle's rows and the database's rows both fit. */
export type ReadinessRows = Pick<
  BundleRows,
  'progress' | 'projects' | 'milestones' | 'evalRuns' | 'metrics' | 'feedback'
>;

/** What makes evidence verified: mentor reviews received, and the hashes of bundles of this very portfolio. */
export interface Verification {
  reviews?: ReviewReceived[];
  bundleHashes?: string[];
}

export function readinessInputFromRows(
  curriculum: Curriculum,
  rows: ReadinessRows,
  verification: Verification = {},
): ReadinessInput {
  return {
    curriculum,
    progress: rows.progress,
    projects: rows.projects,
    milestones: rows.milestones,
    evalRuns: rows.evalRuns,
    metrics: rows.metrics,
    selfChecks: selfChecksFrom(rows.feedback),
    reviews: verification.reviews ?? [],
    bundleHashes: verification.bundleHashes ?? [],
  };
}

export function readinessFromRows(
  curriculum: Curriculum,
  rows: ReadinessRows,
  verification: Verification = {},
): Readiness {
  return computeReadiness(readinessInputFromRows(curriculum, rows, verification));
}
