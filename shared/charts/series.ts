// Chart-ready data from runs, metrics and projects: one metric over time, weekly activity, projects by group.
import { type Project, projectStatuses } from '../domain/projects';
import type { EvalRun, Metric, SeriesKey } from '../portfolio/types';

const dayMs = 86_400_000;
const weekMs = 7 * dayMs;
const parseDay = (day: string) => Date.parse(`${day}T00:00:00Z`);
const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface MetricPoint {
  /** Milliseconds since 1970 at midnight UTC of the run's day. */
  x: number;
  y: number;
  runId: string;
  /** The run's label, for the tooltip. */
  label: string;
}

/** The values of one series (key plus k) over time, oldest first; runs without a valid date are left out. */
export function metricSeries(runs: EvalRun[], metrics: Metric[], series: SeriesKey): MetricPoint[] {
  const runById = new Map(runs.map((run) => [run.id, run]));
  const points: { point: MetricPoint; createdAt: string }[] = [];
  for (const metric of metrics) {
    if (metric.key !== series.key || metric.k !== series.k) continue;
    const run = runById.get(metric.runId);
    const x = run ? parseDay(run.ranOn) : Number.NaN;
    if (!run || !Number.isFinite(x)) continue;
    points.push({ point: { x, y: metric.value, runId: run.id, label: run.label }, createdAt: run.createdAt });
  }
  points.sort(
    (a, b) => a.point.x - b.point.x || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
  return points.map(({ point }) => point);
}

/** Midnight UTC of the Monday that starts the week holding `ms`. */
function mondayOf(ms: number): number {
  const daysSinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  return ms - daysSinceMonday * dayMs;
}

/**
 * The Monday (YYYY-MM-DD) that starts the first of the `weeks` weeks ending with the week holding `today`:
 * runs dated before it never count in weeklyMetricCounts, so a reader may leave them out. Null for an
 * invalid today.
 */
export function weekWindowStart(today: string, weeks = 12): string | null {
  const todayMs = parseDay(today);
  if (!Number.isFinite(todayMs) || weeks < 1) return null;
  return formatDay(mondayOf(todayMs) - (Math.floor(weeks) - 1) * weekMs);
}

/**
 * Metrics logged per week (Monday to Sunday, UTC) by their run's date, oldest week first, the last entry
 * being the week that holds `today`; weeks with nothing logged count 0. `week` is that Monday, YYYY-MM-DD.
 */
export function weeklyMetricCounts(
  metrics: readonly Pick<Metric, 'runId'>[],
  runs: EvalRun[],
  today: string,
  weeks = 12,
): { week: string; count: number }[] {
  const todayMs = parseDay(today);
  if (!Number.isFinite(todayMs) || weeks < 1) return [];
  const weekCount = Math.floor(weeks);
  const firstMonday = mondayOf(todayMs) - (weekCount - 1) * weekMs;
  const counts = new Array<number>(weekCount).fill(0);
  const runDay = new Map(runs.map((run) => [run.id, parseDay(run.ranOn)]));
  for (const metric of metrics) {
    const ms = runDay.get(metric.runId);
    if (ms === undefined || !Number.isFinite(ms) || ms < firstMonday) continue;
    const week = Math.floor((ms - firstMonday) / weekMs);
    if (week < weekCount) counts[week] = (counts[week] ?? 0) + 1;
  }
  return counts.map((count, week) => ({ week: formatDay(firstMonday + week * weekMs), count }));
}

export interface ProjectGroupCounts {
  /** A month id (`month-2`), a capstone id, or `free` for projects outside the curriculum. */
  group: string;
  idea: number;
  building: number;
  shipped: number;
}

const monthNumber = (group: string) => {
  const match = /^month-(\d+)$/.exec(group);
  return match ? Number(match[1]) : null;
};

/** Months in number order, then capstones (and any other reference) alphabetically, then `free`. */
function compareGroups(a: string, b: string): number {
  const rank = (group: string) => (group === 'free' ? 2 : monthNumber(group) === null ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const monthA = monthNumber(a);
  const monthB = monthNumber(b);
  if (monthA !== null && monthB !== null) return monthA - monthB;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Projects that are not archived, counted by status per curriculum month or capstone; only groups with projects. */
export function projectsByStatusAndMonth(projects: Project[]): ProjectGroupCounts[] {
  const groups = new Map<string, ProjectGroupCounts>();
  for (const project of projects) {
    if (project.archivedAt || !projectStatuses.includes(project.status)) continue;
    const group = project.curriculumRef?.trim() || 'free';
    const counts = groups.get(group) ?? { group, idea: 0, building: 0, shipped: 0 };
    counts[project.status] += 1;
    groups.set(group, counts);
  }
  return [...groups.values()].sort((a, b) => compareGroups(a.group, b.group));
}
