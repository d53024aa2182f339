// One student's line in the cohort table (progress, readiness per layer, key metrics, what is missing), from
// their bundle alone: the page and the cohort worker both score a bundle with this one function.
import { rowsFromBundle } from '../bundle/rows';
import type { PortfolioBundle } from '../bundle/schema';
import type { Curriculum } from '../content/schema';
import { summarizeMetrics } from '../portfolio/run-stats';
import { roadmapItems } from '../progress/items';
import { countProgress } from '../progress/summary';
import { readinessFromRows } from '../readiness/readiness-from-rows';

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

export type ScoredBundle = Pick<PortfolioBundle, 'contentHash' | 'owner' | 'sections'>;

const best = (summaries: ReturnType<typeof summarizeMetrics>, key: string) => {
  const values = summaries.filter((s) => s.key === key).map((s) => s.best.value);
  return values.length ? Math.max(...values) : null;
};

export function cohortRow(curriculum: Curriculum, bundle: ScoredBundle): CohortRow {
  const rows = rowsFromBundle(bundle);
  const readiness = readinessFromRows(curriculum, rows);
  const status = new Map(rows.progress.map((p) => [p.itemId, p.status]));
  const progress = countProgress(roadmapItems(curriculum), (id) => status.get(id) ?? 'pending');
  const layer = (id: string) => readiness.layers.find((l) => l.layer === id)?.score ?? 0;
  const summaries = summarizeMetrics(rows.evalRuns, rows.metrics);
  return {
    hash: bundle.contentHash,
    owner: bundle.owner.name.trim() || 'Unnamed student',
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
export function differingColumns(rows: readonly CohortRow[]): CohortColumn[] {
  return cohortColumns.map(([key]) => key).filter((key) => new Set(rows.map((row) => row[key])).size > 1);
}
