// Readiness: what goes in (content, progress, portfolio, answers) and what comes out (scores with reasons).
import type { Curriculum, LayerId } from '../content/schema';
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { ProgressEntry } from '../domain/progress';
import type { Milestone, Project } from '../domain/projects';

/** One self-check question answered and graded (by an LLM or by the person against the checklist). */
export interface SelfCheckResult {
  skillId: string;
  questionId: string;
  /** How many of the question's strongAnswerCovers points the answer covered. */
  covered: number;
  total: number;
  gradedAt: string;
}

export interface ReadinessInput {
  curriculum: Curriculum;
  progress: ProgressEntry[];
  projects: Project[];
  milestones: Milestone[];
  evalRuns: EvalRun[];
  metrics: Metric[];
  selfChecks: SelfCheckResult[];
}

/** Where a point came from. */
export type EvidenceSource = 'lessons' | 'self-check' | 'projects' | 'milestones' | 'eval-runs';

export interface EvidencePoint {
  source: EvidenceSource;
  /** "3 of 4 lessons that train it are done", "2 runs with a baseline on “Support RAG”" */
  label: string;
  points: number;
  max: number;
  /** Ids of the rows or content items behind the points, so the UI can link to them. */
  refs: string[];
}

/** Something missing, with the action that would earn points and roughly how many. */
export interface Gap {
  source: EvidenceSource;
  /** "No evaluation numbers on any project tagged with RAG architecture" */
  missing: string;
  /** "Log an eval run with recall@k and its dataset size on a RAG project" */
  action: string;
  /** Points this skill would gain if the action is done. */
  gain: number;
}

export type RedFlagId =
  | 'not-built'
  | 'no-eval-numbers'
  | 'no-repository'
  | 'fine-tuning-without-baseline'
  | 'nothing-deployed';

/** A red flag from the seeds holds a skill's score down as a cap until evidence fixes it; never a penalty. */
export interface RedFlag {
  id: RedFlagId;
  skillId: string;
  cap: number;
  /** What is wrong, in the seeds' terms. */
  message: string;
  /** What fixes it. */
  fix: string;
}

/** A warning about one project that does not change any score. */
export interface ProjectWarning {
  projectId: string;
  kind: 'no-eval-numbers' | 'no-repository' | 'no-baseline';
  message: string;
  fix: string;
}

export interface SkillScore {
  skillId: string;
  layer: LayerId;
  /** 0 to 100, after caps. */
  score: number;
  /** Sum of points before caps. */
  raw: number;
  points: EvidencePoint[];
  gaps: Gap[];
  flags: RedFlag[];
}

export interface LayerScore {
  layer: LayerId;
  /** Mean of the layer's skill scores. */
  raw: number;
  /** After gating by the layer below; what is shown. */
  score: number;
  /** Set when the layer below holds this one down. */
  gatedBy?: LayerId;
  ready: boolean;
}

export interface RoleScore {
  roleId: string;
  score: number;
}

export interface NextAction {
  skillId: string;
  action: string;
  /** Estimated gain in the overall score. */
  overallGain: number;
}

export interface Readiness {
  skills: SkillScore[];
  layers: LayerScore[];
  roles: RoleScore[];
  overall: number;
  readyToApply: { ready: boolean; reason: string };
  projectWarnings: ProjectWarning[];
  nextActions: NextAction[];
}

/** The score at which a skill or a layer reads as ready. */
export const readyThreshold = 70;
