// When to start applying, gated on evidence (seed 002: a solid foundation plus one infrastructure skill shown end
// to end): a qualifying run with a comparable baseline, a repository, a live deployment or shipped status and a
// write-up on the leading infrastructure skill, plus a foundation project with its code covering three skills.
import type { Curriculum } from '../content/schema';
import type { ProjectEvidence } from './project-aggregates';
import type { SkillEvaluation } from './skill-score';
import type { SkillUse } from './skill-uses';
import type { ReadyCheck, ReadyToApply } from './types';
import { quote } from './wording';

const usualSkillId = 'rag';
export const foundationSkillsNeeded = 3;

/** What each per-skill check asks of a primary use, in check order. */
const skillTests: readonly [ReadyCheck['id'], (use: SkillUse) => boolean][] = [
  ['qualifying-baseline', (use) => use.measured.baselined.length > 0],
  ['repository', (use) => use.evidence.linkKinds.has('repository')],
  ['live-or-shipped', (use) => use.evidence.linkKinds.has('live') || use.evidence.shipped],
  ['write-up', (use) => use.evidence.hasWriteUp],
];

/** How many of the per-skill checks the primary uses pass (no words). */
export function passedSkillChecks(uses: readonly SkillUse[]): number {
  let passed = 0;
  for (const [, has] of skillTests) if (uses.some((use) => use.primary && has(use))) passed += 1;
  return passed;
}

export const skillCheckCount = skillTests.length;

function skillChecks(title: string, uses: SkillUse[]): ReadyCheck[] {
  const primary = uses.filter((use) => use.primary);
  const words: Record<string, [string, string]> = {
    'qualifying-baseline': [
      'a qualifying run with a comparable baseline',
      `a qualifying run with a comparable baseline on a project with ${title} as a primary skill`,
    ],
    repository: ['a repository', `a repository link on a project with ${title} as a primary skill`],
    'live-or-shipped': [
      'a live deployment',
      `a live deployment link (or shipped status) on a project with ${title} as a primary skill`,
    ],
    'write-up': [
      'a write-up',
      `design decisions, a postmortem or a write-up on a project with ${title} as a primary skill`,
    ],
  };
  return skillTests.map(([id, has]): ReadyCheck => {
    const [yes, no] = words[id] ?? ['', ''];
    const found = primary.find(has);
    return {
      id,
      passed: found !== undefined,
      label: found ? `${yes} on ${quote(found.evidence.project.title)}` : no,
    };
  });
}

/** Whether the skill with `passed` checks leads the one leading so far (most passed, then RAG, then score). */
export function leads(
  candidate: { id: string; score: number; passed: number },
  leading: { id: string; score: number; passed: number } | undefined,
): boolean {
  return (
    !leading ||
    candidate.passed > leading.passed ||
    (candidate.passed === leading.passed &&
      leading.id !== usualSkillId &&
      (candidate.id === usualSkillId || candidate.score > leading.score))
  );
}

export const foundationSkillsOf = (curriculum: Curriculum): ReadonlySet<string> =>
  new Set(curriculum.skills.filter((s) => s.layer === 'foundation').map((s) => s.id));

/** A project with its repository covering enough foundation skills. */
export function isFoundationProject(evidence: ProjectEvidence, foundation: ReadonlySet<string>): boolean {
  if (!evidence.linkKinds.has('repository')) return false;
  let count = 0;
  for (const skillId of evidence.tagged) if (foundation.has(skillId)) count += 1;
  return count >= foundationSkillsNeeded;
}

function foundationCheck(curriculum: Curriculum, projects: readonly ProjectEvidence[]): ReadyCheck {
  const foundation = foundationSkillsOf(curriculum);
  const found = projects.find((evidence) => isFoundationProject(evidence, foundation));
  return found
    ? {
        id: 'foundation',
        passed: true,
        label: `a foundation project with its repository: ${quote(found.project.title)}`,
      }
    : {
        id: 'foundation',
        passed: false,
        label: `a project with a repository link covering ${foundationSkillsNeeded} foundation skills`,
      };
}

/** The infrastructure skill closest to passing: most checks passed, then RAG, then score, then curriculum order. */
export function readyToApply(
  curriculum: Curriculum,
  evaluations: readonly SkillEvaluation[],
  projects: readonly ProjectEvidence[],
): ReadyToApply {
  const foundation = foundationCheck(curriculum, projects);
  let leading: { evaluation: SkillEvaluation; checks: ReadyCheck[]; passed: number } | undefined;
  for (const evaluation of evaluations) {
    if (evaluation.skill.layer !== 'infrastructure') continue;
    const checks = skillChecks(evaluation.skill.title, evaluation.uses);
    const passed = checks.filter((check) => check.passed).length;
    const better = leads(
      { id: evaluation.skill.id, score: evaluation.score.score, passed },
      leading && {
        id: leading.evaluation.skill.id,
        score: leading.evaluation.score.score,
        passed: leading.passed,
      },
    );
    if (better) leading = { evaluation, checks, passed };
  }
  const checks = [...(leading?.checks ?? []), foundation];
  const missing = checks.find((check) => !check.passed) ?? null;
  const title = leading?.evaluation.skill.title ?? 'an infrastructure skill';
  const passedWords = checks.filter((check) => check.passed && check.id !== 'foundation').map((c) => c.label);
  const skillPart =
    passedWords.length > 0 ? `${title} has ${passedWords.join(', ')}` : `${title} has no evidence yet`;
  const foundationPart = foundation.passed ? `; ${foundation.label}` : '';
  const reason = missing
    ? `Not yet. Passed: ${skillPart}${foundationPart}. Missing: ${missing.label}.`
    : `Ready to apply: ${skillPart}${foundationPart}.`;
  return { ready: missing === null, reason, skillId: leading?.evaluation.skill.id ?? null, checks, missing };
}
