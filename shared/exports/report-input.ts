// What every human-readable export is made from: one person's curriculum, portfolio, readiness and progress.
import type { Curriculum } from '../content/schema';
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { Milestone, Project } from '../domain/projects';
import type { Readiness } from '../readiness/types';

export interface ReportInput {
  owner: string;
  /** YYYY-MM-DD, passed in so the same input always gives the same bytes. */
  generatedOn: string;
  curriculum: Curriculum;
  /** Archived ones are left out by every export. */
  projects: Project[];
  milestones: Milestone[];
  runs: EvalRun[];
  metrics: Metric[];
  readiness: Readiness;
  progress: { done: number; skipped: number; total: number };
  /**
   * Privacy switches, like notes: whether the readiness score (with its gaps and flags) and the curriculum
   * progress go in. Unset, the README leaves both out (it is meant for a public repository) and the HTML
   * report puts them after the projects.
   */
  include?: { readiness: boolean; progress: boolean } | undefined;
}

export const readmeIncludesByDefault = { readiness: false, progress: false } as const;
export const htmlIncludesByDefault = { readiness: true, progress: true } as const;
