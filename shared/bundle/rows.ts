// The database rows a bundle is made from, one list per table, and how each table's rows are keyed.
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { Note, PersonalResource, ProgressEntry } from '../domain/progress';
import type { Milestone, Project } from '../domain/projects';
import type { Feedback, ReadinessSnapshot } from '../domain/records';
import type { PortfolioBundle } from './schema';

export interface BundleRows {
  progress: ProgressEntry[];
  notes: Note[];
  resources: PersonalResource[];
  projects: Project[];
  milestones: Milestone[];
  evalRuns: EvalRun[];
  metrics: Metric[];
  feedback: Feedback[];
  readinessSnapshots: ReadinessSnapshot[];
}

export type BundleTable = keyof BundleRows;
export type BundleRow = BundleRows[BundleTable][number];

/** Any row: keyed by `id`, or by `itemId` when it has no id. */
export type KeyedRow = { id: string } | { itemId: string };

/** Every table, in the order sections are listed, checked and planned. */
export const bundleTables = [
  'progress',
  'notes',
  'resources',
  'projects',
  'milestones',
  'evalRuns',
  'metrics',
  'feedback',
  'readinessSnapshots',
] as const satisfies readonly BundleTable[];

/** The primary key of a table: the curriculum item for progress and notes, the row id otherwise. */
export function keyField(table: BundleTable): 'itemId' | 'id' {
  return table === 'progress' || table === 'notes' ? 'itemId' : 'id';
}

/** A row's primary key; progress entries and notes are the only rows without an `id`. */
export function rowKey(row: KeyedRow): string {
  return 'id' in row ? row.id : row.itemId;
}

export const emptyRows = (): BundleRows => ({
  progress: [],
  notes: [],
  resources: [],
  projects: [],
  milestones: [],
  evalRuns: [],
  metrics: [],
  feedback: [],
  readinessSnapshots: [],
});

/** The rows a bundle holds, ready to plan a merge or to export again; a left-out section gives no rows. */
export function rowsFromBundle(bundle: Pick<PortfolioBundle, 'sections'>): BundleRows {
  const { sections } = bundle;
  return {
    progress: sections.progress,
    notes: sections.notes ?? [],
    resources: sections.resources ?? [],
    projects: sections.projects,
    milestones: sections.milestones,
    evalRuns: sections.evalRuns,
    metrics: sections.metrics,
    feedback: sections.feedback ?? [],
    readinessSnapshots: sections.readinessSnapshots,
  };
}
