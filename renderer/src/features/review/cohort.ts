// One row per student for the cohort view: progress, readiness, key metrics and what is missing.
import { rowsFromBundle } from '../../../../shared/bundle/rows';
import type { Curriculum } from '../../../../shared/content/schema';
import { summarizeMetrics } from '../../../../shared/portfolio/run-stats';
import { roadmapItems } from '../../../../shared/progress/items';
import { countProgress } from '../../../../shared/progress/summary';
import { readinessFromRows } from '../../../../shared/readiness/readiness-from-rows';
import type { OpenedBundle } from '../../db/review-space';

export const cohortColumns = [
  ['progress', 'Progress %'],
  ['overall', 'Readiness'],
  ['foundation', 'Foundation'],
  ['infrastructure', 'Infrastructure'],
  ['advanced', 'Advanced'],
  ['shipped', 'Shipped projects'],
  ['runs', 'Eval runs'],
  ['measured', 'Skills measured'],
  ['recall', 'Best recall@k'],
  ['faithfulness', 'Best faithfulness'],
  ['flags', 'Red flags (on skills with evidence)'],
] as const;

export type CohortColumn = (typeof cohortColumns)[number][0];
export type CohortRow = {
  hash: string;
  owner: string;
  readyToApply: boolean;
  /** The one thing the ready-to-apply banner names as missing. */
  missing: string | null;
} & Record<CohortColumn, number | null>;

/** When the student wrote the bundle; an older file without the date counts from when it was opened. */
export const bundleDate = (opened: OpenedBundle): string => opened.bundle.exportedAt ?? opened.openedAt;

const studentKey = (opened: OpenedBundle) => opened.owner.trim().toLocaleLowerCase();

export interface StudentBundles {
  owner: string;
  /** Newest export first. */
  bundles: OpenedBundle[];
}

/** Opened bundles grouped by student (the owner's name, ignoring case), each student's newest export first. */
export function bundlesByStudent(bundles: readonly OpenedBundle[]): StudentBundles[] {
  const groups = new Map<string, OpenedBundle[]>();
  for (const opened of bundles) {
    const group = groups.get(studentKey(opened));
    if (group) group.push(opened);
    else groups.set(studentKey(opened), [opened]);
  }
  return [...groups.values()]
    .map((group) => {
      const sorted = [...group].sort((a, b) => bundleDate(b).localeCompare(bundleDate(a)));
      return { owner: sorted[0]?.owner.trim() || 'Unnamed student', bundles: sorted };
    })
    .sort((a, b) => a.owner.localeCompare(b.owner));
}

/** Each student once, by their newest bundle: what the cohort compares. */
export function latestPerStudent(bundles: readonly OpenedBundle[]): OpenedBundle[] {
  return bundlesByStudent(bundles).flatMap((student) => student.bundles.slice(0, 1));
}

const best = (summaries: ReturnType<typeof summarizeMetrics>, key: string) => {
  const values = summaries.filter((s) => s.key === key).map((s) => s.best.value);
  return values.length ? Math.max(...values) : null;
};

export function cohortRow(curriculum: Curriculum, opened: OpenedBundle): CohortRow {
  const rows = rowsFromBundle(opened.bundle);
  const readiness = readinessFromRows(curriculum, rows);
  const status = new Map(rows.progress.map((p) => [p.itemId, p.status]));
  const progress = countProgress(roadmapItems(curriculum), (id) => status.get(id) ?? 'pending');
  const layer = (id: string) => readiness.layers.find((l) => l.layer === id)?.score ?? 0;
  const summaries = summarizeMetrics(rows.evalRuns, rows.metrics);
  return {
    hash: opened.hash,
    owner: opened.owner || 'Unnamed student',
    readyToApply: readiness.readyToApply.ready,
    missing: readiness.readyToApply.missing?.label ?? null,
    progress: progress.percent,
    overall: Math.round(readiness.overall),
    foundation: Math.round(layer('foundation')),
    infrastructure: Math.round(layer('infrastructure')),
    advanced: Math.round(layer('advanced')),
    shipped: rows.projects.filter((p) => p.status === 'shipped' && !p.archivedAt).length,
    runs: rows.evalRuns.length,
    measured: readiness.skills.filter((s) => s.tiers.measured > 0).length,
    recall: best(summaries, 'recall_at_k'),
    faithfulness: best(summaries, 'faithfulness'),
    flags: readiness.skills.filter((s) => s.raw > 0).reduce((sum, s) => sum + s.flags.length, 0),
  };
}

/** Columns where every student has the same value are hidden by "differences only". */
export function differingColumns(rows: CohortRow[]): CohortColumn[] {
  return cohortColumns.map(([key]) => key).filter((key) => new Set(rows.map((row) => row[key])).size > 1);
}
