// The rules of a bundle that span rows: size of each section, unique keys, references, privacy kept.

import { looksLikeSelfCheckGrade, selfCheckGradeProblem } from '../domain/self-check-grade';
import { bundleTables, keyOfRow, tableRegistry } from '../domain/tables';
import { seriesId } from '../metrics/validate-metric';
import { isPlainObject } from '../portfolio/check-run';
import type { FieldProblem } from '../portfolio/types';
import { formatCount } from '../text/plural';
import type { BundleLimits } from './limits';
import type { BundlePrivacy, PortfolioBundle } from './schema';

/** Counted on the parsed JSON before the schema runs, so a huge file is refused before it is validated. */
export function countProblems(root: unknown, limits: BundleLimits): FieldProblem[] {
  if (!isPlainObject(root) || !isPlainObject(root.sections)) return [];
  const { sections } = root;
  const problems: FieldProblem[] = [];
  const projects = sections.projects;
  if (Array.isArray(projects) && projects.length > limits.maxProjects) {
    problems.push({
      field: 'sections.projects',
      message: `${formatCount(projects.length)} projects is more than the ${formatCount(limits.maxProjects)} allowed.`,
    });
  }
  const rows = Object.values(sections).reduce<number>(
    (total, section) => total + (Array.isArray(section) ? section.length : 0),
    0,
  );
  if (rows > limits.maxArrayItems) {
    problems.push({
      field: 'sections',
      message: `${formatCount(rows)} rows is more than the ${formatCount(limits.maxArrayItems)} allowed.`,
    });
  }
  return problems;
}

export function duplicateKeyProblems(bundle: PortfolioBundle): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const table of bundleTables) {
    const seen = new Set<string>();
    const rows: readonly object[] | undefined = bundle.sections[table];
    rows?.forEach((row, index) => {
      const key = keyOfRow(table, row);
      if (seen.has(key)) {
        problems.push({
          field: `sections.${table}[${index}].${tableRegistry[table].key}`,
          message: `${JSON.stringify(key)} appears twice.`,
        });
      }
      seen.add(key);
    });
  }
  return problems;
}

/** Why a run's baseline cannot be: missing, itself, on another project, or a loop of baselines. */
function baselineProblem(
  run: { id: string; projectId: string; baselineRunId?: string | undefined },
  runProjects: Map<string, string>,
  baselineOf: Map<string, string | undefined>,
): string | null {
  const baseline = run.baselineRunId;
  if (baseline === undefined) return null;
  if (baseline === run.id) return 'a run cannot be its own baseline.';
  const baselineProject = runProjects.get(baseline);
  if (baselineProject === undefined) return `run ${JSON.stringify(baseline)} is not in the bundle.`;
  if (baselineProject !== run.projectId)
    return `the baseline ${JSON.stringify(baseline)} belongs to another project; compare runs of one project.`;
  const seen = new Set([run.id]);
  for (let next: string | undefined = baseline; next !== undefined; next = baselineOf.get(next)) {
    if (seen.has(next)) return `baselines go round in a loop through ${JSON.stringify(next)}.`;
    seen.add(next);
  }
  return null;
}

/**
 * Every projectId, runId and baselineRunId points at a row in the bundle, a metric shares its run's project,
 * and no rows contradict each other (a run as its own baseline, baseline loops, a baseline on another
 * project, shipped before started).
 */
export function referenceProblems(bundle: PortfolioBundle): FieldProblem[] {
  const { sections } = bundle;
  const problems: FieldProblem[] = [];
  const projectIds = new Set(sections.projects.map((project) => project.id));
  const runProjects = new Map(sections.evalRuns.map((run) => [run.id, run.projectId]));
  const baselineOf = new Map(sections.evalRuns.map((run) => [run.id, run.baselineRunId]));
  const missingProject = (field: string, id: string) => {
    if (!projectIds.has(id))
      problems.push({ field, message: `project ${JSON.stringify(id)} is not in the bundle.` });
  };
  sections.milestones.forEach((milestone, index) => {
    missingProject(`sections.milestones[${index}].projectId`, milestone.projectId);
  });
  sections.evalRuns.forEach((run, index) => {
    missingProject(`sections.evalRuns[${index}].projectId`, run.projectId);
    const problem = baselineProblem(run, runProjects, baselineOf);
    if (problem) problems.push({ field: `sections.evalRuns[${index}].baselineRunId`, message: problem });
  });
  sections.projects.forEach((project, index) => {
    if (project.startedOn && project.shippedOn && project.shippedOn < project.startedOn) {
      problems.push({
        field: `sections.projects[${index}].shippedOn`,
        message: `${project.shippedOn} is before the start date ${project.startedOn}.`,
      });
    }
  });
  const seriesInRun = new Set<string>();
  sections.metrics.forEach((metric, index) => {
    const field = `sections.metrics[${index}]`;
    const runProject = runProjects.get(metric.runId);
    if (runProject === undefined) {
      problems.push({
        field: `${field}.runId`,
        message: `run ${JSON.stringify(metric.runId)} is not in the bundle.`,
      });
      return;
    }
    if (runProject !== metric.projectId) {
      problems.push({
        field: `${field}.projectId`,
        message: `run ${JSON.stringify(metric.runId)} belongs to project ${JSON.stringify(runProject)}, not ${JSON.stringify(metric.projectId)}.`,
      });
    }
    const series = `${metric.runId}\u0000${seriesId(metric)}`;
    if (seriesInRun.has(series)) {
      problems.push({
        field: `${field}.key`,
        message: `${seriesId(metric)} appears twice in run ${JSON.stringify(metric.runId)}.`,
      });
    }
    seriesInRun.add(series);
  });
  return problems;
}

const optionalSections: [keyof BundlePrivacy, 'notes' | 'resources' | 'feedback' | 'reviewLog'][] = [
  ['notes', 'notes'],
  ['resources', 'resources'],
  ['llmAnswers', 'feedback'],
  ['reviewLog', 'reviewLog'],
];

const costFields = ['inputTokens', 'outputTokens', 'estimatedCostUsd'] as const;

/** A left-out section is absent and an included one present; with costs left out, feedback costs are 0. */
export function privacyProblems(bundle: PortfolioBundle): FieldProblem[] {
  const { privacy, sections } = bundle;
  const problems: FieldProblem[] = [];
  for (const [flag, table] of optionalSections) {
    const present = sections[table] !== undefined;
    if (present === (privacy[flag] ?? false)) continue;
    problems.push({
      field: `sections.${table}`,
      message: present
        ? `is in the file, but privacy.${flag} says it was left out.`
        : `is missing, but privacy.${flag} says it is included.`,
    });
  }
  if (!privacy.costs) {
    sections.feedback?.forEach((row, index) => {
      for (const name of costFields) {
        if (row[name] === 0) continue;
        problems.push({
          field: `sections.feedback[${index}].${name}`,
          message: `must be 0 because privacy.costs is false (got ${row[name]}).`,
        });
      }
    });
  }
  return problems;
}

/**
 * LLM answers are checked by kind: a readiness review carries its summary as text, and a mock-interview
 * answer that claims to be a grade must be a possible one (a forged grade is refused, not counted).
 */
export function answerProblems(bundle: PortfolioBundle): FieldProblem[] {
  const problems: FieldProblem[] = [];
  bundle.sections.feedback?.forEach((row, index) => {
    const field = `sections.feedback[${index}].answer`;
    const answer = row.answer;
    if (!isPlainObject(answer)) {
      problems.push({ field, message: 'is not an answer ShipReady writes (expected an object).' });
      return;
    }
    if (row.kind === 'readiness-review' && typeof answer.summary !== 'string') {
      problems.push({ field: `${field}.summary`, message: 'a readiness review needs its summary as text.' });
    }
    if (row.kind === 'mock-interview' && looksLikeSelfCheckGrade(answer)) {
      const problem = selfCheckGradeProblem(answer);
      if (problem) problems.push({ field, message: `the grade ${problem}` });
    }
  });
  return problems;
}
