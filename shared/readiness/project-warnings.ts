// Warnings about single projects a reviewer would notice; they name a fix but never change a score.
import type { PortfolioEvidence } from './project-aggregates';
import type { ProjectWarning } from './types';
import { quote } from './wording';

/** Active projects in input order; for each, its warnings in a fixed order. */
export function projectWarnings(portfolio: PortfolioEvidence): ProjectWarning[] {
  const warnings: ProjectWarning[] = [];
  for (const evidence of portfolio.projects) {
    const { id: projectId, title } = evidence.project;
    if (evidence.metrics.length === 0) {
      warnings.push({
        projectId,
        kind: 'no-eval-numbers',
        message: `${quote(title)} has no evaluation numbers`,
        fix: 'Log an eval run with its metrics and the size of the dataset it ran on',
      });
    }
    if (!evidence.hasRepository) {
      warnings.push({
        projectId,
        kind: 'no-repository',
        message: `${quote(title)} has no repository link, so nobody can read its code`,
        fix: 'Add a link to its repository (GitHub, GitLab, Bitbucket or Codeberg), or label the link “Repo”',
      });
    }
    const fineTunes = evidence.project.skills.includes('fine-tuning');
    if (fineTunes && evidence.runs.length > 0 && evidence.runsWithBaseline === 0) {
      warnings.push({
        projectId,
        kind: 'no-baseline',
        message: `${quote(title)} fine-tunes a model but no run is compared with a baseline`,
        fix: 'Log the base model as a run, then set it as the baseline of the tuned run',
      });
    }
  }
  return warnings;
}
