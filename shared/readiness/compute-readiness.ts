// Readiness from content, progress, portfolio and self-checks: scores per skill, layer and role, each with its reasons.
import { overallScore, scoreLayers } from './layer-scores';
import { nextActions } from './next-actions';
import { aggregatePortfolio } from './project-aggregates';
import { projectWarnings } from './project-warnings';
import { readyToApply } from './ready-to-apply';
import { scoreRoles } from './role-scores';
import { evaluateSkill } from './skill-score';
import { indexStudy } from './study-evidence';
import type { Readiness, ReadinessInput } from './types';

/**
 * Pure and deterministic: the result depends only on the input, skills and roles come in curriculum order, and
 * the work is one pass over each table plus a fixed amount per skill. Adding evidence never lowers a score.
 */
export function computeReadiness(input: ReadinessInput): Readiness {
  const { curriculum } = input;
  const study = indexStudy(input);
  const portfolio = aggregatePortfolio(input);
  const evaluations = curriculum.skills.map((skill) => evaluateSkill(skill, study, portfolio));
  const skills = evaluations.map((evaluation) => evaluation.score);
  const layers = scoreLayers(curriculum, skills);
  return {
    skills,
    layers,
    roles: scoreRoles(curriculum, skills),
    overall: overallScore(layers),
    readyToApply: readyToApply(curriculum, skills, layers),
    projectWarnings: projectWarnings(portfolio),
    nextActions: nextActions(evaluations, curriculum.layers.length),
  };
}
