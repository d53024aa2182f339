// Projects as JSON Resume `projects` entries, with the evaluation numbers behind them in an extra `metrics` field.
import { formatMetricValue } from '../metrics/format';
import { type ProjectFacts, projectFacts, type SeriesFacts } from './project-facts';
import type { ReportInput } from './report-input';

/** One metric series of a project; `baseline` and `datasetSize` belong to the run that gave the best value. */
export interface JsonResumeMetric {
  key: string;
  /** For @k metrics such as recall@5. */
  k?: number;
  label: string;
  latest: number;
  best: number;
  baseline?: number;
  unit: string;
  direction: 'higher' | 'lower';
  datasetSize?: number;
}

/**
 * A `projects` entry of the JSON Resume schema (https://jsonresume.org/schema), which allows extra fields.
 * Text is as the person typed it: JSON carries it safely, and whatever renders it must escape it.
 */
export interface JsonResumeProject {
  name: string;
  description: string;
  highlights: string[];
  keywords: string[];
  startDate?: string;
  endDate?: string;
  url?: string;
  roles?: string[];
  entity?: string;
  type: 'application';
  metrics: JsonResumeMetric[];
}

/** The schema's date pattern: a year, a year and month, or a full date. */
const resumeDate = /^[1-2][0-9]{3}(-[0-1][0-9](-[0-3][0-9])?)?$/;

function metricHighlight({ summary, bestBaseline }: SeriesFacts): string {
  const best = formatMetricValue(summary.best.value, summary.unit);
  return bestBaseline === null
    ? `${summary.label} ${best}`
    : `${summary.label} ${best} (baseline ${formatMetricValue(bestBaseline, summary.unit)})`;
}

function metricEntry({ summary, bestBaseline, bestDatasetSize }: SeriesFacts): JsonResumeMetric {
  return {
    key: summary.key,
    ...(summary.k === undefined ? {} : { k: summary.k }),
    label: summary.label,
    latest: summary.latest.value,
    best: summary.best.value,
    ...(bestBaseline === null ? {} : { baseline: bestBaseline }),
    unit: summary.unit,
    direction: summary.direction,
    ...(bestDatasetSize === null ? {} : { datasetSize: bestDatasetSize }),
  };
}

const dateOf = (day: string | undefined) => (day && resumeDate.test(day) ? day : undefined);

function projectEntry(facts: ProjectFacts): JsonResumeProject {
  const { project } = facts;
  const milestoneHighlights = facts.milestones.flatMap((milestone) =>
    milestone.doneOn ? [`Milestone met: ${milestone.title.trim()} (${milestone.doneOn})`] : [],
  );
  const startDate = dateOf(project.startedOn);
  const endDate = dateOf(project.shippedOn);
  const url = facts.links.find((link) => link.href !== null)?.href ?? undefined;
  return {
    name: project.title.trim(),
    description: project.summary.trim() || (facts.placement ?? ''),
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    ...(url ? { url } : {}),
    highlights: [...milestoneHighlights, ...facts.series.map(metricHighlight)],
    keywords: [...new Set(facts.skillTitles)],
    type: 'application',
    metrics: facts.series.map(metricEntry),
  };
}

/** One entry per project that is not archived, in the order given; unsafe links never become `url`. */
export function jsonResumeProjects(input: ReportInput): JsonResumeProject[] {
  return projectFacts(input).map(projectEntry);
}
