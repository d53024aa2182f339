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

function skillChecks(title: string, uses: SkillUse[]): ReadyCheck[] {
  const primary = uses.filter((use) => use.primary);
  const named = (has: (use: SkillUse) => boolean) => {
    const found = primary.find(has);
    return found ? ` on ${quote(found.evidence.project.title)}` : '';
  };
  const check = (
    id: ReadyCheck['id'],
    has: (use: SkillUse) => boolean,
    yes: string,
    no: string,
  ): ReadyCheck => {
    const passed = primary.some(has);
    return { id, passed, label: passed ? `${yes}${named(has)}` : no };
  };
  return [
    check(
      'qualifying-baseline',
      (use) => use.measured.baselined.length > 0,
      'a qualifying run with a comparable baseline',
      `a qualifying run with a comparable baseline on a project with ${title} as a primary skill`,
    ),
    check(
      'repository',
      (use) => use.evidence.linkKinds.has('repository'),
      'a repository',
      `a repository link on a project with ${title} as a primary skill`,
    ),
    check(
      'live-or-shipped',
      (use) => use.evidence.linkKinds.has('live') || use.evidence.shipped,
      'a live deployment',
      `a live deployment link (or shipped status) on a project with ${title} as a primary skill`,
    ),
    check(
      'write-up',
      (use) => use.evidence.hasWriteUp,
      'a write-up',
      `design decisions, a postmortem or a write-up on a project with ${title} as a primary skill`,
    ),
  ];
}

function foundationCheck(curriculum: Curriculum, projects: readonly ProjectEvidence[]): ReadyCheck {
  const foundation = new Set(curriculum.skills.filter((s) => s.layer === 'foundation').map((s) => s.id));
  const found = projects.find((evidence) => {
    if (!evidence.linkKinds.has('repository')) return false;
    let count = 0;
    for (const skillId of evidence.tagged) if (foundation.has(skillId)) count += 1;
    return count >= foundationSkillsNeeded;
  });
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
    const better =
      !leading ||
      passed > leading.passed ||
      (passed === leading.passed &&
        leading.evaluation.skill.id !== usualSkillId &&
        (evaluation.skill.id === usualSkillId || evaluation.score.score > leading.evaluation.score.score));
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
