// Readiness from content, progress, portfolio, answers and mentor reviews: scores per skill, layer and role, each
// point with its evidence tier, the ready-to-apply gate and the next actions.
import { indexStudy, studyProgress } from './claimed-evidence';
import { evidenceRules } from './evidence-rules';
import { overallScore, scoreLayers } from './layer-scores';
import { nextActions } from './next-actions';
import { aggregatePortfolio, type ProjectEvidence } from './project-aggregates';
import { projectWarnings } from './project-warnings';
import { readyToApply } from './ready-to-apply';
import { scoreRoles } from './role-scores';
import { evaluateSkill, type SkillContext } from './skill-score';
import { metricTargetsOf, skillUses, type TargetFacts, targetFacts } from './skill-uses';
import type { Readiness, ReadinessInput } from './types';
import { mentorScores } from './verified-evidence';

/**
 * Pure and deterministic: the result depends only on the input, skills and roles come in curriculum order, and
 * the work is one pass over each table plus a fixed amount per skill and per planned action. Adding evidence never
 * lowers a score or turns ready to apply off.
 */
export function computeReadiness(input: ReadinessInput): Readiness {
  const { curriculum } = input;
  const study = indexStudy(input);
  const portfolio = aggregatePortfolio(input);
  const rules = evidenceRules;
  const metricTargets = metricTargetsOf(curriculum);
  const targetsByProject = new Map<ProjectEvidence, TargetFacts>();
  const targets = (evidence: ProjectEvidence) => {
    let facts = targetsByProject.get(evidence);
    if (!facts) {
      facts = targetFacts(evidence, metricTargets, rules);
      targetsByProject.set(evidence, facts);
    }
    return facts;
  };
  const context: SkillContext = {
    study,
    rules,
    mentor: mentorScores(input.reviews ?? [], input.bundleHashes ?? []),
  };
  const evaluations = curriculum.skills.map((skill) =>
    evaluateSkill(skill, skillUses(skill, portfolio, rules, targets), context),
  );
  const skills = evaluations.map((evaluation) => evaluation.score);
  const layers = scoreLayers(curriculum, skills);
  const overall = overallScore(layers);
  const ready = readyToApply(curriculum, evaluations, portfolio.projects);
  return {
    skills,
    layers,
    roles: scoreRoles(curriculum, skills),
    overall,
    study: studyProgress(study.allLessons, study),
    readyToApply: ready,
    projectWarnings: projectWarnings(portfolio, evaluations),
    nextActions: nextActions({
      curriculum,
      evaluations,
      projects: portfolio.projects,
      context,
      overall,
      ready,
    }),
  };
}
