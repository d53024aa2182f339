// Next actions: one concrete action on one project (one run can lift five skills), its promised change worked out by
// scoring the portfolio as if it were done, ranked by what flips ready to apply or lifts a cap on the banner's skill.
import type { Curriculum, Skill } from '../content/schema';
import type { EvalRun } from '../domain/eval-runs';
import { findMetric } from '../metrics/catalog';
import { sharePoints } from './evidence-part';
import { overallScore, scoreLayers } from './layer-scores';
import { round1 } from './numbers';
import { bestShare, portfolioPartTests } from './portfolio-evidence';
import type { ProjectEvidence } from './project-aggregates';
import {
  foundationSkillsOf,
  isFoundationProject,
  leads,
  passedSkillChecks,
  skillCheckCount,
} from './ready-to-apply';
import { cappedScore, portfolioPartsAt, type SkillContext, type SkillEvaluation } from './skill-score';
import type { SkillUse } from './skill-uses';
import type { NextAction, NextActionKind, ReadyToApply, RedFlag, SkillChange } from './types';
import { quote } from './wording';

export interface ActionBase {
  curriculum: Curriculum;
  evaluations: SkillEvaluation[];
  projects: ProjectEvidence[];
  context: SkillContext;
  overall: number;
  ready: ReadyToApply;
}

interface Plan {
  kind: Exclude<NextActionKind, 'start-project' | 'start-roadmap'>;
  evidence: ProjectEvidence;
  words: string;
  /** The upgraded evidence of the project, for link and write-up actions. */
  upgradeEvidence?: (evidence: ProjectEvidence) => ProjectEvidence;
  /** Skills a planned run would measure (with a comparable baseline). */
  measures?: Set<string>;
}

const kindOrder: Record<NextActionKind, number> = {
  'log-run': 0,
  'add-repository': 1,
  'add-live': 2,
  'write-up': 3,
  'start-project': 4,
  'start-roadmap': 5,
};

const plannedRun = (projectId: string): EvalRun => ({
  id: 'planned-run',
  projectId,
  label: 'the run you log',
  ranOn: '2100-12-31',
  context: {},
  createdAt: '2100-12-31T00:00:00.000Z',
  updatedAt: '2100-12-31T00:00:00.000Z',
});

function withKind(kind: 'repository' | 'live') {
  return (evidence: ProjectEvidence): ProjectEvidence => ({
    ...evidence,
    linkKinds: new Set([...evidence.linkKinds, kind]),
  });
}

/** A run plan: one metric per primary skill not measured yet (shared where one metric serves several). */
function runPlan(base: ActionBase, evidence: ProjectEvidence): Plan | null {
  const rules = base.context.rules.skills;
  const chosen: string[] = [];
  const measures = new Set<string>();
  const needs = (skillId: string) =>
    base.evaluations.some(
      (evaluation) =>
        evaluation.skill.id === skillId &&
        evaluation.uses.some((use) => use.evidence === evidence && use.measured.baselined.length === 0),
    );
  const ordered = [...evidence.primary, ...[...evidence.tagged].filter((id) => !evidence.primary.has(id))];
  for (const skillId of ordered) {
    const rule = rules[skillId];
    if (!rule || !needs(skillId)) continue;
    const covered = chosen.some((key) => rule.metrics.includes(key));
    if (!covered && !evidence.primary.has(skillId)) continue;
    if (!covered && rule.metrics[0]) chosen.push(rule.metrics[0]);
    measures.add(skillId);
  }
  if (measures.size === 0) return null;
  const size = Math.max(...[...measures].map((id) => rules[id]?.minDatasetSize ?? 1));
  const labels = chosen.map((key) => findMetric(key)?.label ?? key);
  const list =
    labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels[0];
  return {
    kind: 'log-run',
    evidence,
    measures,
    words: `Log a baseline and a run with ${list} on ${size} examples (same dataset name and size), each with its model, dataset, split and commit`,
  };
}

function plansFor(base: ActionBase, evidence: ProjectEvidence): Plan[] {
  const plans: Plan[] = [];
  const run = runPlan(base, evidence);
  if (run) plans.push(run);
  if (!evidence.linkKinds.has('repository')) {
    plans.push({
      kind: 'add-repository',
      evidence,
      words: 'Add a link of kind Repository (GitHub, GitLab, Bitbucket or Codeberg)',
      upgradeEvidence: withKind('repository'),
    });
  }
  if (!evidence.linkKinds.has('live')) {
    plans.push({
      kind: 'add-live',
      evidence,
      words: 'Add a link of kind Live deployment',
      upgradeEvidence: withKind('live'),
    });
  }
  if (!evidence.hasWriteUp) {
    plans.push({
      kind: 'write-up',
      evidence,
      words: 'Write the design decisions or a postmortem (40 characters or more)',
      upgradeEvidence: (e) => ({ ...e, hasWriteUp: true }),
    });
  }
  return plans;
}

/** What the simulations share: computed once per nextActions call from the base evaluations. */
interface SimulationBase {
  /** Per base evaluation, the best share of each shown and measured part (portfolioPartTests order). */
  shares: Map<SkillEvaluation, number[]>;
  /** Per base evaluation index, the per-skill ready checks its primary uses pass. */
  passed: number[];
  foundation: ReadonlySet<string>;
  foundationPassed: boolean;
}

function simulationBase(base: ActionBase): SimulationBase {
  const foundation = foundationSkillsOf(base.curriculum);
  return {
    shares: new Map(),
    passed: base.evaluations.map((evaluation) =>
      evaluation.skill.layer === 'infrastructure' ? passedSkillChecks(evaluation.uses) : 0,
    ),
    foundation,
    foundationPassed: base.projects.some((evidence) => isFoundationProject(evidence, foundation)),
  };
}

interface SimulatedSkill {
  skill: Skill;
  score: number;
  flags: readonly RedFlag[];
}

/**
 * Scores the portfolio as if the plan were done; only the skills the project is tagged with are re-scored, and of
 * those only the shown and measured parts. A plan only adds to one project's evidence (a link kind, a write-up, a
 * run with its baseline), so each part's best share is the larger of the base share and what the upgraded use
 * earns, and the ready checks of untouched skills and every other project keep their base answers. The same
 * numbers as evaluateSkill and readyToApply on the upgraded portfolio, without their words.
 */
function simulate(base: ActionBase, shared: SimulationBase, plan: Plan) {
  const upgraded = plan.upgradeEvidence ? plan.upgradeEvidence(plan.evidence) : plan.evidence;
  let run: EvalRun | undefined;
  const upgradeUse = (use: SkillUse, skillId: string): SkillUse => {
    if (use.evidence !== plan.evidence) return use;
    if (!plan.measures?.has(skillId)) return { ...use, evidence: upgraded };
    run ??= plannedRun(plan.evidence.project.id);
    const { measured } = use;
    return {
      ...use,
      evidence: upgraded,
      measured: {
        ...measured,
        qualifying: [...measured.qualifying, run],
        baselined: [...measured.baselined, run],
        nearMiss: [],
      },
    };
  };
  const skills: SimulatedSkill[] = [];
  let leading: { id: string; score: number; passed: number } | undefined;
  for (const [index, evaluation] of base.evaluations.entries()) {
    const { skill } = evaluation;
    let simulated: SimulatedSkill = { skill, score: evaluation.score.score, flags: evaluation.score.flags };
    let passed = shared.passed[index] ?? 0;
    if (plan.evidence.tagged.has(skill.id)) {
      const uses = evaluation.uses.map((use) => upgradeUse(use, skill.id));
      const changed = uses.find((use) => use.evidence === upgraded);
      let baseShares = shared.shares.get(evaluation);
      if (!baseShares) {
        baseShares = portfolioPartTests.map((part) => bestShare(evaluation.uses, part.has));
        shared.shares.set(evaluation, baseShares);
      }
      const points = evaluation.score.points.map((point) => point.points);
      for (const [part, { max, has }] of portfolioPartTests.entries()) {
        const share = Math.max(baseShares[part] ?? 0, changed && has(changed) ? changed.factor : 0);
        points[portfolioPartsAt + part] = sharePoints(max, share);
      }
      const { score, flags } = cappedScore(skill, uses, points);
      simulated = { skill, score, flags };
      if (skill.layer === 'infrastructure') passed = passedSkillChecks(uses);
    }
    skills.push(simulated);
    if (skill.layer !== 'infrastructure') continue;
    const candidate = { id: skill.id, score: simulated.score, passed };
    if (leads(candidate, leading)) leading = candidate;
  }
  const foundationPassed = shared.foundationPassed || isFoundationProject(upgraded, shared.foundation);
  const layers = scoreLayers(
    base.curriculum,
    skills.map((simulated) => ({ layer: simulated.skill.layer, score: simulated.score })),
  );
  return {
    skills,
    overall: overallScore(layers),
    ready: (leading ? leading.passed === skillCheckCount : true) && foundationPassed,
    passedChecks: (leading?.passed ?? 0) + (foundationPassed ? 1 : 0),
  };
}

const capOf = (flags: readonly RedFlag[] | undefined) =>
  (flags ?? []).reduce((cap, flag) => Math.min(cap, flag.cap), 100);

function toAction(base: ActionBase, shared: SimulationBase, plan: Plan): NextAction | null {
  const after = simulate(base, shared, plan);
  const changes: SkillChange[] = [];
  for (const [index, simulated] of after.skills.entries()) {
    const before = base.evaluations[index];
    if (!before || simulated.score <= before.score.score) continue;
    changes.push({ skillId: simulated.skill.id, from: before.score.score, to: simulated.score });
  }
  const flipsReady = !base.ready.ready && after.ready;
  const bannerId = base.ready.skillId;
  const bannerIndex = base.evaluations.findIndex((evaluation) => evaluation.skill.id === bannerId);
  const liftsCap =
    bannerIndex >= 0 &&
    capOf(after.skills[bannerIndex]?.flags) > capOf(base.evaluations[bannerIndex]?.score.flags);
  const readyStep =
    !base.ready.ready && !flipsReady && after.passedChecks > base.ready.checks.filter((c) => c.passed).length;
  if (changes.length === 0 && !flipsReady && !readyStep) return null;
  changes.sort((a, b) => {
    const banner = Number(b.skillId === bannerId) - Number(a.skillId === bannerId);
    return banner || b.to - b.from - (a.to - a.from);
  });
  const titleOf = (id: string) => base.curriculum.skills.find((skill) => skill.id === id)?.title ?? id;
  const moves = changes.map((c) => `${titleOf(c.skillId)} ${Math.round(c.from)} → ${Math.round(c.to)}`);
  const outcome = [...moves, ...(flipsReady ? ['ready to apply'] : [])].join(', ');
  const { project } = plan.evidence;
  const section = plan.kind === 'log-run' ? 'log-run' : 'details';
  return {
    id: `${plan.kind}:${project.id}`,
    kind: plan.kind,
    skillId: changes[0]?.skillId ?? bannerId ?? '',
    projectId: project.id,
    action: `${plan.words} on ${quote(project.title)}${outcome ? `: ${outcome}` : ''}`,
    changes,
    flipsReady,
    liftsCap,
    overallGain: round1(Math.max(0, after.overall - base.overall)),
    target: { page: 'portfolio', path: ['project', project.id, section] },
  };
}

/** Projects worth planning for: each skill's first primary project (else its first tagged one), and the banner skill's first three. */
function candidateProjects(base: ActionBase): ProjectEvidence[] {
  const chosen = new Set<ProjectEvidence>();
  for (const evaluation of base.evaluations) {
    const primary = evaluation.uses.filter((use) => use.primary);
    const banner = evaluation.skill.id === base.ready.skillId;
    for (const use of banner ? primary.slice(0, 3) : primary.slice(0, 1)) chosen.add(use.evidence);
    const first = evaluation.uses[0];
    if (first && primary.length === 0) chosen.add(first.evidence);
  }
  return base.projects.filter((evidence) => chosen.has(evidence));
}

/** The banner's skill first when no project has it as a primary skill, then skills no project tags. */
function startProjects(base: ActionBase): NextAction[] {
  const banner = base.evaluations.find((e) => e.skill.id === base.ready.skillId);
  const wanted = [
    ...(banner && !banner.uses.some((use) => use.primary) ? [banner] : []),
    ...base.evaluations.filter((e) => e !== banner && e.uses.length === 0),
  ];
  return wanted.map((evaluation) => startProject(evaluation));
}

function startProject(evaluation: SkillEvaluation): NextAction {
  return {
    id: `start-project:${evaluation.skill.id}`,
    kind: 'start-project',
    skillId: evaluation.skill.id,
    action: `Start a project with ${evaluation.skill.title} as a primary skill, then log its runs, code, live link and write-up`,
    changes: [],
    flipsReady: false,
    liftsCap: false,
    overallGain: 0,
    target: { page: 'portfolio', path: ['new-project'] },
  };
}

/** With nothing studied and no project, where a newcomer starts: month 1's first study week, at its first lesson. */
function newcomerAction(base: ActionBase): NextAction | null {
  if (base.projects.length > 0 || base.context.study.lessonCredit.size > 0) return null;
  const month = [...base.curriculum.months].sort((a, b) => a.number - b.number)[0];
  const week = month?.weeks.find((w) => w.kind === 'study' && w.lessons.length > 0) ?? month?.weeks[0];
  if (!month || !week) return null;
  const lessonId = week.lessons[0];
  const lesson = month.lessons.find((meta) => meta.id === lessonId);
  return {
    id: `start-roadmap:${week.id}`,
    kind: 'start-roadmap',
    skillId: lesson?.skills[0] ?? '',
    action: `Start month ${month.number}, week ${week.number}: ${week.title}${lesson ? `, with the lesson ${quote(lesson.title)}` : ''}`,
    changes: [],
    flipsReady: false,
    liftsCap: false,
    overallGain: 0,
    target: lessonId
      ? { page: 'roadmap', path: ['lesson', lessonId] }
      : { page: 'roadmap', path: ['month', month.id] },
  };
}

/** Flips ready first, then lifts a cap on the banner's skill, then the overall gain, then the banner skill's gain. */
function compare(a: NextAction, b: NextAction): number {
  const bannerGain = (action: NextAction) => {
    const change = action.changes[0];
    return change ? change.to - change.from : 0;
  };
  return (
    Number(b.flipsReady) - Number(a.flipsReady) ||
    Number(b.liftsCap) - Number(a.liftsCap) ||
    b.overallGain - a.overallGain ||
    bannerGain(b) - bannerGain(a) ||
    kindOrder[a.kind] - kindOrder[b.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function nextActions(base: ActionBase, count = 5): NextAction[] {
  const actions: NextAction[] = [];
  const shared = simulationBase(base);
  for (const evidence of candidateProjects(base)) {
    for (const plan of plansFor(base, evidence)) {
      const action = toAction(base, shared, plan);
      if (action) actions.push(action);
    }
  }
  actions.sort(compare);
  // Starting a project earns nothing by itself, so it only fills places no scored action takes.
  const newcomer = newcomerAction(base);
  return [...(newcomer ? [newcomer] : []), ...actions, ...startProjects(base)].slice(0, count);
}
