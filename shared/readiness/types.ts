// Readiness: what goes in (content, progress, portfolio, answers, mentor reviews) and what comes out (scores with reasons).
import type { Curriculum, LayerId } from '../content/schema';
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { ProgressEntry } from '../domain/progress';
import type { Milestone, Project } from '../domain/projects';
import type { ReviewReceived } from '../domain/records';

/** One self-check question answered and graded (by the person against the checklist, or by an LLM). */
export interface SelfCheckResult {
  skillId: string;
  questionId: string;
  /** How many of the question's strongAnswerCovers points the answer covered. */
  covered: number;
  total: number;
  gradedAt: string;
  /** Who ticked the checklist; absent on answers from before issue 12, which were the person's own. */
  grader?: 'self' | 'llm';
  /** An LLM's grade counts only once the person confirmed the ticked checklist. */
  confirmedAt?: string;
}

export interface ReadinessInput {
  curriculum: Curriculum;
  progress: ProgressEntry[];
  projects: Project[];
  milestones: Milestone[];
  evalRuns: EvalRun[];
  metrics: Metric[];
  selfChecks: SelfCheckResult[];
  /** Mentor reviews received; only those of a bundle in `bundleHashes` are verified evidence. */
  reviews?: ReviewReceived[];
  /** Content hashes of bundles of this very portfolio (the one a mentor has open, or ones it exported). */
  bundleHashes?: string[];
}

/** How strong a piece of evidence is, as a hiring manager reads it. */
export type EvidenceTier = 'claimed' | 'shown' | 'measured' | 'verified';
export const evidenceTiers: readonly EvidenceTier[] = ['claimed', 'shown', 'measured', 'verified'];

/** Where a point came from. */
export type EvidenceSource =
  | 'lessons'
  | 'self-check'
  | 'milestones'
  | 'projects'
  | 'eval-runs'
  | 'mentor-review'
  | 'mock-interview';

export interface EvidencePoint {
  tier: EvidenceTier;
  source: EvidenceSource;
  /** "3 of 4 lessons that train it are done", "a run with a comparable baseline on “Support RAG”" */
  label: string;
  points: number;
  max: number;
  /** Ids of the rows or content items behind the points, so the UI can link to them. */
  refs: string[];
}

/** Something missing, with the action that would earn points and roughly how many. */
export interface Gap {
  tier: EvidenceTier;
  source: EvidenceSource;
  /** "No qualifying evaluation run on any project with RAG architecture as a skill" */
  missing: string;
  /** "Log a run with recall@k on at least 50 examples, its model, dataset, split and commit" */
  action: string;
  /** Points this skill would gain if the action is done, before caps. */
  gain: number;
}

export type RedFlagId =
  | 'not-built'
  | 'no-eval-numbers'
  | 'no-repository'
  | 'only-notebooks'
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
  kind: 'no-eval-numbers' | 'no-repository' | 'no-baseline' | 'worse-than-baseline' | 'link-kind';
  message: string;
  fix: string;
}

/** Lessons that train something: done, skipped with a note, and how many count (not-relevant skips leave). */
export interface StudyProgress {
  done: number;
  skippedWithNote: number;
  /** Lessons in the denominator: "not relevant to my target role" skips are left out. */
  total: number;
  /** 0..1 */
  share: number;
}

export interface SkillScore {
  skillId: string;
  layer: LayerId;
  /** 0 to 100, after caps. */
  score: number;
  /** Sum of points before caps, at most 100. */
  raw: number;
  /** Points per tier, so the page can show where the score comes from. */
  tiers: Record<EvidenceTier, number>;
  points: EvidencePoint[];
  gaps: Gap[];
  flags: RedFlag[];
  /** Shown beside the score, never counted: runs worse than their baseline. */
  warnings: string[];
  study: StudyProgress;
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

/** Where a next action takes the person: a page path the navigation understands, with the form open. */
export interface ActionTarget {
  page: 'portfolio' | 'roadmap' | 'readiness';
  path: string[];
}

export type NextActionKind =
  | 'log-run'
  | 'add-repository'
  | 'add-live'
  | 'write-up'
  | 'start-project'
  | 'start-roadmap';

export interface SkillChange {
  skillId: string;
  from: number;
  to: number;
}

export interface NextAction {
  /** Stable id: kind and project (or skill). */
  id: string;
  kind: NextActionKind;
  /** The skill the action is mainly for (the first change). */
  skillId: string;
  projectId?: string;
  /** In words, with the promised change: "… on “DocChat”: RAG architecture 40 → 85, ready to apply". */
  action: string;
  /** Every skill the action moves, from and to, after caps. */
  changes: SkillChange[];
  flipsReady: boolean;
  /** Lifts a red flag's cap on the banner's skill. */
  liftsCap: boolean;
  /** Change in the overall score. */
  overallGain: number;
  target: ActionTarget;
}

export interface ReadyCheck {
  id: 'qualifying-baseline' | 'repository' | 'live-or-shipped' | 'write-up' | 'foundation';
  passed: boolean;
  /** What passed, or what is missing, in words. */
  label: string;
}

export interface ReadyToApply {
  ready: boolean;
  /** The banner: what passed, and the one thing missing. */
  reason: string;
  /** The infrastructure skill the banner is about. */
  skillId: string | null;
  checks: ReadyCheck[];
  /** The first check that failed, or null when ready. */
  missing: ReadyCheck | null;
}

export interface Readiness {
  skills: SkillScore[];
  layers: LayerScore[];
  roles: RoleScore[];
  overall: number;
  study: StudyProgress;
  readyToApply: ReadyToApply;
  projectWarnings: ProjectWarning[];
  nextActions: NextAction[];
}

/** The score at which a skill or a layer reads as ready. */
export const readyThreshold = 70;
