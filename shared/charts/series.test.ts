import { describe, expect, it } from 'vitest';
import type { Project } from '../domain/projects';
import type { EvalRun, Metric } from '../portfolio/types';
import { metricSeries, projectsByStatusAndMonth, weeklyMetricCounts, weekWindowStart } from './series';

const run = (id: string, ranOn: string, createdAt = `${ranOn}T09:00:00Z`): EvalRun => ({
  id,
  projectId: 'p1',
  label: `Run ${id}`,
  ranOn,
  context: {},
  createdAt,
  updatedAt: createdAt,
});

const metric = (runId: string, key: string, value: number, k?: number): Metric => ({
  id: `${runId}-${key}-${k ?? ''}`,
  runId,
  projectId: 'p1',
  key,
  value,
  ...(k === undefined ? {} : { k }),
});

describe('metricSeries', () => {
  const runs = [
    run('late', '2026-03-10'),
    run('second', '2026-03-01', '2026-03-01T15:00:00Z'),
    run('first', '2026-03-01', '2026-03-01T08:00:00Z'),
    run('broken', 'someday'),
  ];
  const metrics = [
    metric('late', 'recall_at_k', 0.8, 5),
    metric('second', 'recall_at_k', 0.7, 5),
    metric('first', 'recall_at_k', 0.6, 5),
    metric('first', 'recall_at_k', 0.9, 10),
    metric('broken', 'recall_at_k', 0.1, 5),
    metric('late', 'faithfulness', 0.5),
  ];

  it('returns one series (key and k) ordered by date, then by when the run was recorded', () => {
    expect(metricSeries(runs, metrics, { key: 'recall_at_k', k: 5 })).toEqual([
      { x: Date.UTC(2026, 2, 1), y: 0.6, runId: 'first', label: 'Run first' },
      { x: Date.UTC(2026, 2, 1), y: 0.7, runId: 'second', label: 'Run second' },
      { x: Date.UTC(2026, 2, 10), y: 0.8, runId: 'late', label: 'Run late' },
    ]);
  });

  it('keeps series without k apart from those with one', () => {
    expect(metricSeries(runs, metrics, { key: 'faithfulness' }).map((point) => point.y)).toEqual([0.5]);
    expect(metricSeries(runs, metrics, { key: 'recall_at_k' })).toEqual([]);
  });
});

describe('weeklyMetricCounts', () => {
  const runs = [
    run('a', '2026-03-02'),
    run('b', '2026-03-08'),
    run('c', '2026-03-09'),
    run('old', '2025-01-01'),
  ];
  const metrics = [
    metric('a', 'faithfulness', 0.8),
    metric('a', 'mrr', 0.5),
    metric('b', 'faithfulness', 0.8),
    metric('c', 'faithfulness', 0.8),
    metric('old', 'faithfulness', 0.8),
    metric('missing-run', 'faithfulness', 0.8),
  ];

  it('counts metrics per Monday-to-Sunday week, ending with the week that holds today', () => {
    // 2026-03-11 is a Wednesday; its week starts Monday 2026-03-09.
    expect(weeklyMetricCounts(metrics, runs, '2026-03-11', 3)).toEqual([
      { week: '2026-02-23', count: 0 },
      { week: '2026-03-02', count: 3 },
      { week: '2026-03-09', count: 1 },
    ]);
  });

  it('gives 12 zero-filled weeks by default', () => {
    const weeks = weeklyMetricCounts([], runs, '2026-03-09');
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual({ week: '2026-03-09', count: 0 });
    expect(weeks[0]?.week).toBe('2025-12-22');
  });

  it('treats Sunday as the end of its week', () => {
    expect(weeklyMetricCounts(metrics, runs, '2026-03-08', 1)).toEqual([{ week: '2026-03-02', count: 3 }]);
  });

  it('returns nothing for an invalid today', () => {
    expect(weeklyMetricCounts(metrics, runs, 'today')).toEqual([]);
  });

  it('starts its window on the Monday weekWindowStart names', () => {
    // Wednesday 2026-03-11 is in the week of Monday 03-09; two weeks earlier is Monday 02-23.
    expect(weekWindowStart('2026-03-11', 3)).toBe('2026-02-23');
    // Twelve weeks ending with the week of Monday 2026-03-09 start 11 x 7 = 77 days earlier: 2025-12-22.
    expect(weekWindowStart('2026-03-09')).toBe('2025-12-22');
    expect(weekWindowStart('2026-03-08', 1)).toBe('2026-03-02');
    expect(weekWindowStart('today')).toBeNull();
  });

  it('counts the same when only runs dated from the window start on are given (as the dashboard reads them)', () => {
    const start = weekWindowStart('2026-03-11', 3) ?? '';
    const inWindow = runs.filter((candidate) => candidate.ranOn >= start);
    expect(inWindow.map((candidate) => candidate.id)).toEqual(['a', 'b', 'c']);
    expect(weeklyMetricCounts(metrics, inWindow, '2026-03-11', 3)).toEqual(
      weeklyMetricCounts(metrics, runs, '2026-03-11', 3),
    );
  });
});

describe('projectsByStatusAndMonth', () => {
  const project = (
    id: string,
    status: Project['status'],
    curriculumRef?: string,
    archivedAt?: string,
  ): Project => ({
    id,
    title: id,
    summary: '',
    skills: [],
    links: [],
    status,
    designDecisions: '',
    postmortem: '',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...(curriculumRef === undefined ? {} : { curriculumRef }),
    ...(archivedAt === undefined ? {} : { archivedAt }),
  });

  it('counts statuses per month, then capstones alphabetically, then free projects', () => {
    const projects = [
      project('1', 'idea'),
      project('2', 'shipped', 'capstone-rag'),
      project('3', 'building', 'month-2'),
      project('4', 'shipped', 'month-2'),
      project('5', 'idea', 'capstone-agent'),
      project('6', 'shipped', 'month-1'),
      project('7', 'building', ''),
      project('8', 'shipped', 'month-1', '2026-02-01T00:00:00Z'),
      project('9', 'idea', 'month-10'),
    ];
    expect(projectsByStatusAndMonth(projects)).toEqual([
      { group: 'month-1', idea: 0, building: 0, shipped: 1 },
      { group: 'month-2', idea: 0, building: 1, shipped: 1 },
      { group: 'month-10', idea: 1, building: 0, shipped: 0 },
      { group: 'capstone-agent', idea: 1, building: 0, shipped: 0 },
      { group: 'capstone-rag', idea: 0, building: 0, shipped: 1 },
      { group: 'free', idea: 1, building: 1, shipped: 0 },
    ]);
  });

  it('is empty when every project is archived', () => {
    expect(projectsByStatusAndMonth([project('1', 'idea', 'month-1', '2026-02-01T00:00:00Z')])).toEqual([]);
  });
});
