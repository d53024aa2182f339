// One pass over projects, milestones, runs and metrics: what each active project has to show, and who uses each skill.
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { Project } from '../domain/projects';
import { isDemoLink, isRepositoryLink } from './project-links';
import type { ReadinessInput } from './types';

/** Everything the scoring asks about one project, counted once so no skill loops over runs or metrics. */
export interface ProjectEvidence {
  project: Project;
  shipped: boolean;
  hasRepository: boolean;
  hasDemoLink: boolean;
  /** Non-empty design decisions or postmortem. */
  hasWriteUp: boolean;
  milestoneCount: number;
  doneMilestoneIds: string[];
  runs: EvalRun[];
  /** Metric rows with a finite value whose run belongs to this project. */
  metrics: Metric[];
  runsWithDatasetSize: number;
  /** Runs whose baselineRunId names another run that exists. */
  runsWithBaseline: number;
}

export interface PortfolioEvidence {
  /** Projects that are not archived, in input order. */
  projects: ProjectEvidence[];
  /** Active projects tagged with each skill id, in input order. */
  bySkill: Map<string, ProjectEvidence[]>;
}

function describeProject(project: Project): ProjectEvidence {
  return {
    project,
    shipped: project.status === 'shipped',
    hasRepository: project.links.some(isRepositoryLink),
    hasDemoLink: project.links.some(isDemoLink),
    hasWriteUp: project.designDecisions.trim() !== '' || project.postmortem.trim() !== '',
    milestoneCount: 0,
    doneMilestoneIds: [],
    runs: [],
    metrics: [],
    runsWithDatasetSize: 0,
    runsWithBaseline: 0,
  };
}

const hasDatasetSize = (run: EvalRun) => {
  const size = run.context.datasetSize;
  return typeof size === 'number' && Number.isFinite(size) && size > 0;
};

/**
 * Ids are taken to be unique; when one repeats, the first row wins. A metric belongs to the project of its run
 * (as in the run statistics), so a metric whose run is gone is not evidence.
 */
export function aggregatePortfolio(input: ReadinessInput): PortfolioEvidence {
  const byProjectId = new Map<string, ProjectEvidence>();
  const projects: ProjectEvidence[] = [];
  const bySkill = new Map<string, ProjectEvidence[]>();
  for (const project of input.projects) {
    if (project.archivedAt !== undefined || byProjectId.has(project.id)) continue;
    const evidence = describeProject(project);
    byProjectId.set(project.id, evidence);
    projects.push(evidence);
    for (const skillId of new Set(project.skills)) {
      const users = bySkill.get(skillId);
      if (users) users.push(evidence);
      else bySkill.set(skillId, [evidence]);
    }
  }

  for (const milestone of input.milestones) {
    const evidence = byProjectId.get(milestone.projectId);
    if (!evidence) continue;
    evidence.milestoneCount += 1;
    if (milestone.doneOn !== undefined && milestone.doneOn !== '')
      evidence.doneMilestoneIds.push(milestone.id);
  }

  const runById = new Map<string, EvalRun>();
  for (const run of input.evalRuns) if (!runById.has(run.id)) runById.set(run.id, run);
  for (const [runId, run] of runById) {
    const evidence = byProjectId.get(run.projectId);
    if (!evidence) continue;
    evidence.runs.push(run);
    if (hasDatasetSize(run)) evidence.runsWithDatasetSize += 1;
    const baseline = run.baselineRunId;
    if (baseline !== undefined && baseline !== runId && runById.has(baseline)) evidence.runsWithBaseline += 1;
  }

  for (const metric of input.metrics) {
    if (!Number.isFinite(metric.value)) continue;
    const run = runById.get(metric.runId);
    const evidence = run && byProjectId.get(run.projectId);
    if (evidence) evidence.metrics.push(metric);
  }

  return { projects, bySkill };
}
