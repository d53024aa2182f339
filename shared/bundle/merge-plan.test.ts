import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validRows } from '../../tests/fixtures/bundles/arbitraries';
import { at, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { emptyRows } from '../domain/tables';
import { applyPlanRows, type BundleRows, type MergeConflict, planMerge } from './merge-plan';

const nothing = { add: 0, update: 0, remove: 0, keep: 0 };
/** Later than every time in the sample rows. */
const options = { now: '2026-12-01T00:00:00.000Z' };
/** Later than any time the arbitraries generate, so no time is clamped. */
const farFuture = { now: '9999-12-31T23:59:59.999Z' };

/** What the preview lists for a conflict, without the two row versions it also carries. */
const shownConflict = ({
  table,
  id,
  label,
  winner,
  existingUpdatedAt,
  incomingUpdatedAt,
}: MergeConflict) => ({
  table,
  id,
  label,
  winner,
  existingUpdatedAt,
  incomingUpdatedAt,
});

function only<T>(list: T[]): T {
  const [first] = list;
  if (first === undefined || list.length !== 1) throw new Error('expected exactly one row');
  return first;
}

describe('planMerge', () => {
  it('adds everything into an empty database', () => {
    const incoming = sampleRows();
    const plan = planMerge(emptyRows(), incoming, options);
    expect(plan.counts.projects).toEqual({ add: 2, update: 0, remove: 0, keep: 0 });
    expect(plan.counts.metrics).toEqual({ add: 4, update: 0, remove: 0, keep: 0 });
    expect(plan.conflicts).toEqual([]);
    const rows = applyPlanRows(plan);
    expect(rows.projects.map((row) => row.id)).toEqual(['p1', 'p2']);
    expect(rows.metrics).toHaveLength(4);
    expect(rows.feedback).toEqual(incoming.feedback);
  });

  it('keeps identical rows without conflicts and puts nothing', () => {
    const plan = planMerge(sampleRows(), sampleRows(), options);
    expect(plan.counts.projects).toEqual({ add: 0, update: 0, remove: 0, keep: 2 });
    expect(plan.conflicts).toEqual([]);
    expect(plan.remove.metrics).toEqual([]);
    expect(applyPlanRows(plan)).toEqual(emptyRows());
  });

  it('updates a row the bundle changed later, and lists it as a conflict the bundle won', () => {
    const incoming = sampleRows();
    incoming.projects = incoming.projects.map((row) =>
      row.id === 'p1' ? { ...row, summary: 'Now with reranking.', updatedAt: at(30) } : row,
    );
    const plan = planMerge(sampleRows(), incoming, options);
    expect(plan.counts.projects).toEqual({ add: 0, update: 1, remove: 0, keep: 1 });
    expect(plan.conflicts.map(shownConflict)).toEqual([
      {
        table: 'projects',
        id: 'p1',
        label: 'Production RAG',
        winner: 'incoming',
        existingUpdatedAt: at(7),
        incomingUpdatedAt: at(30),
      },
    ]);
    expect(only(applyPlanRows(plan).projects).summary).toBe('Now with reranking.');
  });

  it('keeps the database row when it changed later, or at the same time: never a silent overwrite', () => {
    const existing = sampleRows();
    existing.milestones = existing.milestones.map((row) => ({ ...row, title: 'Mine', updatedAt: at(40) }));
    const incoming = sampleRows();
    incoming.progress = incoming.progress.map((row) => ({ ...row, status: 'pending' }));
    const plan = planMerge(existing, incoming, options);
    expect(plan.counts.milestones).toEqual({ add: 0, update: 0, remove: 0, keep: 1 });
    expect(plan.counts.progress).toEqual({ add: 0, update: 0, remove: 0, keep: 2 });
    expect(plan.conflicts.map(({ table, id, winner }) => [table, id, winner])).toEqual([
      ['progress', 'month-1.lesson-1', 'existing'],
      ['progress', 'month-1.lesson-2', 'existing'],
      ['milestones', 'm1', 'existing'],
    ]);
    expect(plan.conflicts[2]?.label).toBe('Mine');
    expect(applyPlanRows(plan)).toEqual(emptyRows());
  });

  it('metrics follow their run: a replaced run brings its metrics and drops the ones it no longer has', () => {
    const existing = sampleRows();
    const incoming = sampleRows();
    incoming.evalRuns = incoming.evalRuns.map((row) =>
      row.id === 'r1' ? { ...row, label: 'Baseline v2', updatedAt: at(50) } : row,
    );
    incoming.metrics = incoming.metrics
      .filter((row) => row.id !== 'x2')
      .map((row) => (row.id === 'x1' ? { ...row, value: 0.75 } : row))
      .concat({ id: 'x9', runId: 'r1', projectId: 'p1', key: 'mrr', value: 0.5 });
    const plan = planMerge(existing, incoming, options);
    expect(plan.counts.evalRuns).toEqual({ add: 0, update: 1, remove: 0, keep: 1 });
    // The dropped metric is removed and listed, so the preview can show it before anything is written.
    expect(plan.counts.metrics).toEqual({ add: 1, update: 1, remove: 1, keep: 2 });
    expect(plan.removals.map(({ table, id }) => [table, id])).toEqual([['metrics', 'x2']]);
    expect(plan.remove.metrics).toEqual(['x2']);
    expect(plan.conflicts.map((conflict) => conflict.table)).toEqual(['evalRuns']);
    expect(applyPlanRows(plan).metrics.map((row) => [row.id, row.value])).toEqual([
      ['x1', 0.75],
      ['x9', 0.5],
    ]);
  });

  it('metrics of a run the database won stay as they are', () => {
    const existing = sampleRows();
    existing.evalRuns = existing.evalRuns.map((row) =>
      row.id === 'r2' ? { ...row, label: 'Mine', updatedAt: at(50) } : row,
    );
    const incoming = sampleRows();
    incoming.metrics = incoming.metrics
      .map((row) => (row.id === 'x3' ? { ...row, value: 0.5 } : row))
      .concat({ id: 'x9', runId: 'r2', projectId: 'p1', key: 'mrr', value: 0.5 });
    const plan = planMerge(existing, incoming, options);
    expect(plan.counts.metrics).toEqual({ add: 0, update: 0, remove: 0, keep: 5 });
    expect(plan.conflicts.map(({ table, id, winner }) => [table, id, winner])).toEqual([
      ['evalRuns', 'r2', 'existing'],
    ]);
    expect(plan.remove.metrics).toEqual([]);
  });

  it('beside an unchanged run, adds new metrics and keeps the stored value of a changed one as a conflict', () => {
    const incoming = sampleRows();
    incoming.metrics = incoming.metrics
      .map((row) => (row.id === 'x3' ? { ...row, value: 0.5 } : row))
      .concat({ id: 'x9', runId: 'r2', projectId: 'p1', key: 'mrr', value: 0.5 });
    const plan = planMerge(sampleRows(), incoming, options);
    expect(plan.counts.metrics).toEqual({ add: 1, update: 0, remove: 0, keep: 4 });
    expect(plan.conflicts.map(shownConflict)).toEqual([
      {
        table: 'metrics',
        id: 'x3',
        label: 'Faithfulness (run "Reranked")',
        winner: 'existing',
        existingUpdatedAt: null,
        incomingUpdatedAt: null,
      },
    ]);
  });

  it('an LLM answer exported without costs is the same row as the stored one', () => {
    const incoming = sampleRows();
    incoming.feedback = incoming.feedback.map((row) => ({
      ...row,
      inputTokens: 0,
      outputTokens: 0,
      estimatedCostUsd: 0,
    }));
    const plan = planMerge(sampleRows(), incoming, options);
    expect(plan.counts.feedback).toEqual({ add: 0, update: 0, remove: 0, keep: 1 });
    expect(plan.conflicts).toEqual([]);
    const changedAnswer = sampleRows();
    changedAnswer.feedback = changedAnswer.feedback.map((row) => ({ ...row, answer: { summary: 'other' } }));
    expect(
      planMerge(sampleRows(), changedAnswer, options).conflicts.map((conflict) => conflict.winner),
    ).toEqual(['existing']);
  });

  it('counts every table, even empty ones', () => {
    const plan = planMerge(emptyRows(), emptyRows(), options);
    expect(Object.values(plan.counts)).toEqual(Array(10).fill(nothing));
  });

  it('is deterministic: the same plan whatever order the rows come in, and merging a copy changes nothing', () => {
    const reversed = (rows: BundleRows): BundleRows => ({
      progress: [...rows.progress].reverse(),
      notes: [...rows.notes].reverse(),
      resources: [...rows.resources].reverse(),
      projects: [...rows.projects].reverse(),
      milestones: [...rows.milestones].reverse(),
      evalRuns: [...rows.evalRuns].reverse(),
      metrics: [...rows.metrics].reverse(),
      feedback: [...rows.feedback].reverse(),
      readinessSnapshots: [...rows.readinessSnapshots].reverse(),
      reviewLog: [...rows.reviewLog].reverse(),
    });
    fc.assert(
      fc.property(validRows, validRows, (existing, incoming) => {
        const plan = planMerge(existing, incoming, farFuture);
        expect(planMerge(reversed(existing), reversed(incoming), farFuture)).toEqual(plan);
        const same = planMerge(incoming, incoming, farFuture);
        expect(applyPlanRows(same)).toEqual(emptyRows());
        expect(same.conflicts).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
