// The ways a merge used to lose, change or hide data, each reproduced: nothing may be removed or
// overwritten without being listed, and a file's ids and dates never harm rows of another parent.
import { describe, expect, it } from 'vitest';
import { at, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import type { BundleRows } from '../domain/tables';
import { applyPlanRows, planMerge } from './merge-plan';

const options = { now: '2026-12-01T00:00:00.000Z' };

/** A file from another student: a new project whose run and metric happen to reuse local ids. */
function fileWithClashingIds(): BundleRows {
  const file = sampleRows();
  file.projects = [
    { ...file.projects[0], id: 'other', title: 'Their project' } as BundleRows['projects'][number],
  ];
  file.milestones = [];
  file.evalRuns = [
    {
      id: 'r1',
      projectId: 'other',
      label: 'Their run',
      ranOn: '2026-11-05',
      context: {},
      createdAt: at(20),
      updatedAt: at(20),
    },
  ];
  file.metrics = [{ id: 'x1', runId: 'r1', projectId: 'other', key: 'recall_at_k', value: 0.2, k: 5 }];
  return file;
}

describe('merging a bundle never harms rows it does not list', () => {
  it('gives a file row a new key when its id names a local row of another parent, and references follow', () => {
    const plan = planMerge(sampleRows(), fileWithClashingIds(), options);
    expect(plan.rekeyed.map(({ table, from, to }) => [table, from, to])).toEqual([
      ['evalRuns', 'r1', 'r1~2'],
      ['metrics', 'x1', 'x1~2'],
    ]);
    const rows = applyPlanRows(plan);
    expect(rows.evalRuns.map((run) => [run.id, run.projectId])).toEqual([['r1~2', 'other']]);
    expect(rows.metrics).toEqual([
      { id: 'x1~2', runId: 'r1~2', projectId: 'other', key: 'recall_at_k', value: 0.2, k: 5 },
    ]);
    // The local run r1 and its metric x1 are neither updated nor removed.
    expect(plan.update.evalRuns).toEqual([]);
    expect(plan.update.metrics).toEqual([]);
    expect(plan.removals).toEqual([]);
  });

  it('keeps one value per metric series in a run: a new id for a series the run has is a conflict', () => {
    const file = sampleRows();
    file.metrics = [
      ...file.metrics,
      { id: 'x5', runId: 'r2', projectId: 'p1', key: 'faithfulness', value: 0.4 },
    ];
    const plan = planMerge(sampleRows(), file, options);
    expect(plan.add.metrics).toEqual([]);
    expect(plan.conflicts.map(({ table, id, winner }) => [table, id, winner])).toEqual([
      ['metrics', 'x3', 'existing'],
    ]);
    // Choosing the file's value replaces the stored one: the old row is removed and listed, never doubled.
    const chosen = planMerge(sampleRows(), file, {
      ...options,
      choices: new Map([[plan.conflicts[0]?.key ?? '', 'incoming' as const]]),
    });
    expect(chosen.add.metrics.map((metric) => metric.id)).toEqual(['x5']);
    expect(chosen.removals.map(({ id }) => id)).toEqual(['x3']);
  });

  it('clamps times later than now (or than the export) so a future date cannot win every later merge', () => {
    const file = sampleRows();
    file.projects = file.projects.map((row) =>
      row.id === 'p1' ? { ...row, summary: 'From the future', updatedAt: '2099-01-01T00:00:00.000Z' } : row,
    );
    const plan = planMerge(sampleRows(), file, { ...options, exportedAt: '2026-11-30T00:00:00.000Z' });
    expect(plan.clamped).toEqual([
      {
        table: 'projects',
        id: 'p1',
        label: 'Production RAG',
        field: 'updatedAt',
        was: '2099-01-01T00:00:00.000Z',
        now: '2026-11-30T00:00:00.000Z',
      },
    ]);
    expect(applyPlanRows(plan).projects.map((row) => row.updatedAt)).toEqual(['2026-11-30T00:00:00.000Z']);
  });

  it('shows each conflict with both versions and lets the person choose per row', () => {
    const mine = sampleRows();
    mine.projects = mine.projects.map((row) =>
      row.id === 'p1' ? { ...row, title: 'Mine', updatedAt: at(40) } : row,
    );
    const file = sampleRows();
    file.projects = file.projects.map((row) =>
      row.id === 'p1' ? { ...row, title: 'Theirs', updatedAt: at(30) } : row,
    );
    const plan = planMerge(mine, file, options);
    const [conflict] = plan.conflicts;
    expect(conflict).toMatchObject({ winner: 'existing', chosen: false });
    expect([conflict?.existing.title, conflict?.incoming.title]).toEqual(['Mine', 'Theirs']);
    const chosen = planMerge(mine, file, {
      ...options,
      choices: new Map([[conflict?.key ?? '', 'incoming' as const]]),
    });
    expect(chosen.conflicts[0]).toMatchObject({ winner: 'incoming', chosen: true });
    expect(applyPlanRows(chosen).projects.map((row) => row.title)).toEqual(['Theirs']);
  });

  it('leaves out progress, notes and resources for items this curriculum does not have, and says so', () => {
    const file = sampleRows();
    file.progress = [...file.progress, { itemId: 'month-9.lesson-1', status: 'done', updatedAt: at(5) }];
    const known = new Set(['month-1.lesson-1', 'month-1.lesson-2']);
    const plan = planMerge(sampleRows(), file, { ...options, knownItemIds: known });
    expect(plan.leftOut).toEqual([
      {
        table: 'progress',
        id: 'month-9.lesson-1',
        reason: 'the curriculum in this app has no item "month-9.lesson-1"',
      },
    ]);
    expect(plan.add.progress).toEqual([]);
  });
});
