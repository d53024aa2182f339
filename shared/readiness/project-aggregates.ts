// One pass over projects, milestones, runs and metrics: what each active project has to show, and who uses each skill.
import type { EvalRun, Metric } from '../domain/eval-runs';
import { type LinkKind, type Milestone, maxPrimarySkills, type Project } from '../domain/projects';
import { checkLink } from './link-kinds';
import type { ReadinessInput } from './types';

/** A write-up shorter than this ("TODO", "x") shows nothing. */
export const writeUpMinChars = 40;

/** Everything the scoring asks about one project, counted once so no skill loops over rows twice. */
export interface ProjectEvidence {
  project: Project;
  /** Up to four skills the project is mainly about: full credit. */
  primary: ReadonlySet<string>;
  /** Every skill tagged, primary ones included; the others earn a third. */
  tagged: ReadonlySet<string>;
  shipped: boolean;
  /** Link kinds as checked against their hosts. */
  linkKinds: ReadonlySet<LinkKind>;
  /** Links whose chosen kind does not fit the host, with the reason. */
  linkProblems: string[];
  hasWriteUp: boolean;
  milestones: Milestone[];
  /** Runs of this project, first row per id. */
  runs: EvalRun[];
  runById: Map<string, EvalRun>;
  /** Finite metric values per run id. */
  metricsByRun: Map<string, Metric[]>;
  /** The same lists by the run's index in `runs` (none when the run has no finite value). */
  runMetrics: (Metric[] | undefined)[];
  metricCount: number;
}

export interface PortfolioEvidence {
  /** Projects that are not archived, in input order. */
  projects: ProjectEvidence[];
  /** Active projects tagged with each skill id, in input order. */
  bySkill: Map<string, ProjectEvidence[]>;
}

/** The primary skills: the ones chosen, or for rows from before schema v2 the first four tags. */
export function primarySkillsOf(project: Project): string[] {
  return (project.primarySkills ?? project.skills).slice(0, maxPrimarySkills);
}

function describeProject(project: Project): ProjectEvidence {
  const primary = new Set(primarySkillsOf(project));
  // Primary skills first, then the other tags, as a set of both lists in that order.
  const tagged = new Set(primary);
  for (const skillId of project.skills) tagged.add(skillId);
  const linkKinds = new Set<LinkKind>();
  const linkProblems: string[] = [];
  for (const link of project.links) {
    const checked = checkLink(link);
    linkKinds.add(checked.kind);
    if (checked.problem) linkProblems.push(`${link.label}: ${checked.problem}`);
  }
  const written = project.designDecisions.trim().length + project.postmortem.trim().length;
  return {
    project,
    primary,
    tagged,
    shipped: project.status === 'shipped',
    linkKinds,
    linkProblems,
    hasWriteUp: written >= writeUpMinChars || linkKinds.has('write-up'),
    milestones: [],
    runs: [],
    runById: new Map(),
    metricsByRun: new Map(),
    runMetrics: [],
    metricCount: 0,
  };
}

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
    for (const skillId of evidence.tagged) {
      const users = bySkill.get(skillId);
      if (users) users.push(evidence);
      else bySkill.set(skillId, [evidence]);
    }
  }

  for (const milestone of input.milestones) byProjectId.get(milestone.projectId)?.milestones.push(milestone);

  const projectOfRun = new Map<string, { evidence: ProjectEvidence; index: number }>();
  for (const run of input.evalRuns) {
    if (projectOfRun.has(run.id)) continue;
    const evidence = byProjectId.get(run.projectId);
    if (!evidence) continue;
    projectOfRun.set(run.id, { evidence, index: evidence.runs.length });
    evidence.runs.push(run);
    evidence.runMetrics.push(undefined);
    evidence.runById.set(run.id, run);
  }

  // Metrics usually come in runs of one run id, so the last run's list is kept at hand.
  let lastRunId: string | undefined;
  let lastList: Metric[] | undefined;
  let lastEvidence: ProjectEvidence | undefined;
  for (const metric of input.metrics) {
    if (!Number.isFinite(metric.value)) continue;
    if (lastList && lastEvidence && metric.runId === lastRunId) {
      lastList.push(metric);
      lastEvidence.metricCount += 1;
      continue;
    }
    const slot = projectOfRun.get(metric.runId);
    if (!slot) continue;
    const { evidence } = slot;
    let list = evidence.runMetrics[slot.index];
    if (list) list.push(metric);
    else {
      list = [metric];
      evidence.metricsByRun.set(metric.runId, list);
      evidence.runMetrics[slot.index] = list;
    }
    evidence.metricCount += 1;
    lastRunId = metric.runId;
    lastList = list;
    lastEvidence = evidence;
  }

  return { projects, bySkill };
}
