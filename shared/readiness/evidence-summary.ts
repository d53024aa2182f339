// A compact, deterministic summary of the evidence behind a readiness result, small enough to send to an LLM reviewer.
import type { LayerId } from '../content/schema';
import type { ProjectStatus } from '../domain/projects';
import { summarizeMetrics } from '../portfolio/run-stats';
import { aggregatePortfolio, type ProjectEvidence } from './project-aggregates';
import type { Readiness, ReadinessInput } from './types';

/** The most characters the summary may take as JSON. */
export const evidenceSummaryMaxChars = 60_000;
const writeUpMaxChars = 1_500;
/** Best values kept per project; custom metrics could otherwise make one project fill the whole summary. */
const seriesPerProject = 20;

export interface SkillEvidenceSummary {
  id: string;
  title: string;
  score: number;
  /** Only the parts that earned points; what is missing is in `gaps`. */
  points: { label: string; points: number }[];
  gaps: string[];
  flags: string[];
}

export interface ProjectEvidenceSummary {
  title: string;
  status: ProjectStatus;
  skills: string[];
  /** Link labels only: addresses stay on the machine. */
  links: string[];
  milestones: { met: number; total: number };
  runs: number;
  bestMetrics: { label: string; best: number; unit: string }[];
  designDecisions: string;
  postmortem: string;
}

export interface EvidenceSummary {
  overall: number;
  layers: { layer: LayerId; score: number; ready: boolean }[];
  skills: SkillEvidenceSummary[];
  /** Active projects, most recently updated first. */
  projects: ProjectEvidenceSummary[];
  /** Set when projects were left out to stay under the size limit. */
  truncated: { droppedProjects: number; reason: string } | null;
}

/** Cuts at a character limit without splitting a surrogate pair; a cut text ends with “…”. */
function truncate(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let end = max - 1;
  const last = trimmed.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${trimmed.slice(0, end)}…`;
}

function summarizeProject(evidence: ProjectEvidence): ProjectEvidenceSummary {
  const { project } = evidence;
  return {
    title: project.title,
    status: project.status,
    skills: [...project.skills],
    links: project.links.map((link) => link.label),
    milestones: {
      met: evidence.milestones.filter((milestone) => milestone.doneOn).length,
      total: evidence.milestones.length,
    },
    runs: evidence.runs.length,
    bestMetrics: summarizeMetrics(evidence.runs, [...evidence.metricsByRun.values()].flat())
      .slice(0, seriesPerProject)
      .map((series) => ({ label: series.label, best: series.best.value, unit: series.unit })),
    designDecisions: truncate(project.designDecisions, writeUpMaxChars),
    postmortem: truncate(project.postmortem, writeUpMaxChars),
  };
}

/** Most recently updated first; ties by id, so the order never depends on the input's order. */
function byRecency(a: ProjectEvidence, b: ProjectEvidence): number {
  const { updatedAt: ua, id: ia } = a.project;
  const { updatedAt: ub, id: ib } = b.project;
  if (ua !== ub) return ua > ub ? -1 : 1;
  return ia === ib ? 0 : ia < ib ? -1 : 1;
}

function summarizeSkills(input: ReadinessInput, readiness: Readiness): SkillEvidenceSummary[] {
  const titles = new Map(input.curriculum.skills.map((skill) => [skill.id, skill.title]));
  return readiness.skills.map((skill) => ({
    id: skill.skillId,
    title: titles.get(skill.skillId) ?? skill.skillId,
    score: skill.score,
    points: skill.points
      .filter((point) => point.points > 0)
      .map((point) => ({ label: point.label, points: point.points })),
    gaps: skill.gaps.map((gap) => gap.missing),
    flags: skill.flags.map((flag) => flag.message),
  }));
}

const truncationReason = 'The least recently updated projects were left out to keep this summary short.';

/** How many of the given project sizes fit after a base of `baseSize` characters (a comma between projects). */
function countFitting(baseSize: number, sizes: number[]): number {
  let size = baseSize;
  let kept = 0;
  for (const projectSize of sizes) {
    size += projectSize + (kept > 0 ? 1 : 0);
    if (size > evidenceSummaryMaxChars) break;
    kept += 1;
  }
  return kept;
}

/**
 * Keeps the most recently updated projects that fit. Projects are summarized and measured one by one and only
 * until the limit is reached, so a portfolio of thousands costs no more than the few that fit.
 */
function fitProjects(base: EvidenceSummary, ordered: ProjectEvidence[]): EvidenceSummary {
  const summaries: ProjectEvidenceSummary[] = [];
  const sizes: number[] = [];
  let total = JSON.stringify(base).length;
  for (const evidence of ordered) {
    const summary = summarizeProject(evidence);
    summaries.push(summary);
    sizes.push(JSON.stringify(summary).length);
    total += (sizes[sizes.length - 1] ?? 0) + (sizes.length > 1 ? 1 : 0);
    if (total > evidenceSummaryMaxChars) break;
  }
  if (total <= evidenceSummaryMaxChars) return { ...base, projects: summaries, truncated: null };
  // Measured with the largest possible count, so the real summary can only be shorter.
  const placeholder = { droppedProjects: ordered.length, reason: truncationReason };
  const kept = countFitting(JSON.stringify({ ...base, truncated: placeholder }).length, sizes);
  return {
    ...base,
    projects: summaries.slice(0, kept),
    truncated: { droppedProjects: ordered.length - kept, reason: truncationReason },
  };
}

/** Notes (run notes, skip notes, the project summary) are never included: only scores, labels and write-ups. */
export function evidenceSummary(input: ReadinessInput, readiness: Readiness): EvidenceSummary {
  const portfolio = aggregatePortfolio(input);
  const base: EvidenceSummary = {
    overall: readiness.overall,
    layers: readiness.layers.map(({ layer, score, ready }) => ({ layer, score, ready })),
    skills: summarizeSkills(input, readiness),
    projects: [],
    truncated: null,
  };
  // The skills part is bounded by the curriculum (about 20,000 characters for 16 skills); should a bigger
  // curriculum ever outgrow the limit on its own, its skills keep their scores and flags but not the details.
  if (JSON.stringify(base).length > evidenceSummaryMaxChars / 2) {
    base.skills = base.skills.map((skill) => ({ ...skill, points: [], gaps: [] }));
  }
  return fitProjects(base, [...portfolio.projects].sort(byRecency));
}
