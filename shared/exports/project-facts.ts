// What the exports say about each project, worked out once: its place, skill names, safe links, milestones, numbers.
import { type MetricPoint, metricSeries } from '../charts/series';
import type { Curriculum } from '../content/schema';
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { Milestone, Project } from '../domain/projects';
import { toolNames } from '../eval-import/types';
import { formatMeasured } from '../metrics/format-measured';
import { seriesId } from '../metrics/validate-metric';
import { baselineDeltas, summarizeMetrics } from '../portfolio/run-stats';
import type { MetricDelta, MetricSummary } from '../portfolio/types';
import { safeHref } from './escape';
import type { ReportInput } from './report-input';

export interface LinkFacts {
  label: string;
  /** Null when the URL is not a safe https link; the label is then shown as plain text. */
  href: string | null;
}

export interface RunComparison {
  run: EvalRun;
  baseline: EvalRun;
  deltas: MetricDelta[];
}

export interface SeriesFacts {
  summary: MetricSummary;
  /** From the latest run that measured this series against a baseline that measured it too. */
  vsBaseline: MetricDelta | null;
  /** The series' value in the baseline of the run that gave the best value, when that run has one. */
  bestBaseline: number | null;
  /** Dataset size of the run that gave the best value. */
  bestDatasetSize: number | null;
  /** Every value over time, oldest first, for a chart. */
  points: MetricPoint[];
  /** The latest and best values as shown: unit, and the tool's ± stderr and n where stored. */
  latestText: string;
  bestText: string;
}

/** A file runs were imported from, so a reader can trace the numbers to it. */
export interface SourceFacts {
  fileName: string;
  /** "lm-evaluation-harness 0.4.12". */
  tool: string;
  sha256: string;
  runs: number;
}

export interface ProjectFacts {
  project: Project;
  /** "Idea", "Building" or "Shipped". */
  statusLabel: string;
  /** "Month 2: RAG and vector databases", "Capstone: …", the raw reference when unknown, or null. */
  placement: string | null;
  skillTitles: string[];
  links: LinkFacts[];
  /** In the order the person set. */
  milestones: Milestone[];
  met: number;
  /** Oldest first. */
  runs: EvalRun[];
  series: SeriesFacts[];
  /** The latest run with a baseline that shares at least one metric with it. */
  comparison: RunComparison | null;
  /** The eval-tool files its runs were imported from, in the order first used. */
  sources: SourceFacts[];
}

const statusLabels: Readonly<Record<string, string>> = {
  idea: 'Idea',
  building: 'Building',
  shipped: 'Shipped',
};

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** By the day a run ran, then by when it was recorded, then by id so the order never depends on the input's. */
function compareRunTime(a: EvalRun, b: EvalRun): number {
  if (a.ranOn !== b.ranOn) return a.ranOn < b.ranOn ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function compareMilestones(a: Milestone, b: Milestone): number {
  if (a.order !== b.order) return a.order - b.order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function placementOf(curriculum: Curriculum, reference: string | undefined): string | null {
  const id = reference?.trim();
  if (!id) return null;
  const month = curriculum.months.find((candidate) => candidate.id === id);
  if (month) return `Month ${month.number}: ${month.title}`;
  const capstone = curriculum.capstones.find((candidate) => candidate.id === id);
  if (capstone) return `Capstone: ${capstone.title}`;
  return id;
}

interface Tables {
  curriculum: Curriculum;
  runsByProject: Map<string, EvalRun[]>;
  metricsByRun: Map<string, Metric[]>;
  milestonesByProject: Map<string, Milestone[]>;
  runById: Map<string, EvalRun>;
  skillTitles: Map<string, string>;
}

/** Every baselined run of the project compared with its baseline, newest first; empty comparisons left out. */
function comparisonsOf(runsNewestFirst: EvalRun[], tables: Tables): RunComparison[] {
  const comparisons: RunComparison[] = [];
  for (const run of runsNewestFirst) {
    const baseline = run.baselineRunId === undefined ? undefined : tables.runById.get(run.baselineRunId);
    if (!baseline || baseline.id === run.id) continue;
    const metrics = [
      ...(tables.metricsByRun.get(run.id) ?? []),
      ...(tables.metricsByRun.get(baseline.id) ?? []),
    ];
    const deltas = baselineDeltas(run, baseline, metrics);
    if (deltas.length > 0) comparisons.push({ run, baseline, deltas });
  }
  return comparisons;
}

function seriesFacts(
  summary: MetricSummary,
  comparisons: RunComparison[],
  runs: EvalRun[],
  metrics: Metric[],
  tables: Tables,
): SeriesFacts {
  const id = seriesId(summary);
  let vsBaseline: MetricDelta | null = null;
  for (const comparison of comparisons) {
    const delta = comparison.deltas.find((candidate) => seriesId(candidate) === id);
    if (delta) {
      vsBaseline = delta;
      break;
    }
  }
  const bestRun = tables.runById.get(summary.best.runId);
  const baselineId = bestRun?.baselineRunId;
  const baselineMetric =
    baselineId === undefined || baselineId === bestRun?.id
      ? undefined
      : tables.metricsByRun.get(baselineId)?.find((metric) => seriesId(metric) === id);
  const series = summary.k === undefined ? { key: summary.key } : { key: summary.key, k: summary.k };
  const shown = (point: { value: number; runId: string }) => {
    const metric = tables.metricsByRun.get(point.runId)?.find((candidate) => seriesId(candidate) === id);
    return formatMeasured(metric ?? { key: summary.key, value: point.value, unit: summary.unit });
  };
  return {
    latestText: shown(summary.latest),
    bestText: shown(summary.best),
    summary,
    vsBaseline,
    bestBaseline: baselineMetric?.value ?? null,
    bestDatasetSize: bestRun?.context.datasetSize ?? null,
    points: metricSeries(runs, metrics, series),
  };
}

function factsOf(project: Project, tables: Tables): ProjectFacts {
  const runs = [...(tables.runsByProject.get(project.id) ?? [])].sort(compareRunTime);
  const metrics = runs.flatMap((run) => tables.metricsByRun.get(run.id) ?? []);
  const comparisons = comparisonsOf([...runs].reverse(), tables);
  const milestones = [...(tables.milestonesByProject.get(project.id) ?? [])].sort(compareMilestones);
  const skillIds = [...new Set(project.skills)];
  return {
    project,
    statusLabel: statusLabels[project.status] ?? String(project.status),
    placement: placementOf(tables.curriculum, project.curriculumRef),
    skillTitles: skillIds.map((skillId) => tables.skillTitles.get(skillId) ?? skillId),
    links: project.links.map((link) => ({ label: link.label, href: safeHref(link.url) })),
    milestones,
    met: milestones.filter((milestone) => Boolean(milestone.doneOn)).length,
    runs,
    series: summarizeMetrics(runs, metrics).map((summary) =>
      seriesFacts(summary, comparisons, runs, metrics, tables),
    ),
    comparison: comparisons[0] ?? null,
    sources: sourcesOf(runs),
  };
}

function sourcesOf(runs: EvalRun[]): SourceFacts[] {
  const bySha = new Map<string, SourceFacts>();
  for (const { source } of runs) {
    if (!source) continue;
    const known = bySha.get(source.sha256);
    if (known) known.runs += 1;
    else
      bySha.set(source.sha256, {
        fileName: source.fileName,
        tool: `${toolNames[source.tool]}${source.toolVersion ? ` ${source.toolVersion}` : ''}`,
        sha256: source.sha256,
        runs: 1,
      });
  }
  return [...bySha.values()];
}

/** One entry per project that is not archived, in the order given; linear in the size of the portfolio. */
export function projectFacts(input: ReportInput): ProjectFacts[] {
  const tables: Tables = {
    curriculum: input.curriculum,
    runsByProject: groupBy(input.runs, (run) => run.projectId),
    metricsByRun: groupBy(input.metrics, (metric) => metric.runId),
    milestonesByProject: groupBy(input.milestones, (milestone) => milestone.projectId),
    runById: new Map(input.runs.map((run) => [run.id, run])),
    skillTitles: new Map(input.curriculum.skills.map((skill) => [skill.id, skill.title])),
  };
  return input.projects.filter((project) => !project.archivedAt).map((project) => factsOf(project, tables));
}
