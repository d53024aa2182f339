// Warnings about single projects a reviewer would notice; they name a fix but never change a score.
import type { PortfolioEvidence } from './project-aggregates';
import type { SkillEvaluation } from './skill-score';
import type { ProjectWarning } from './types';
import { quote } from './wording';

/** Active projects in input order; for each, its warnings in a fixed order. */
export function projectWarnings(
  portfolio: PortfolioEvidence,
  evaluations: readonly SkillEvaluation[],
): ProjectWarning[] {
  const worse = new Map<string, Set<string>>();
  for (const evaluation of evaluations) {
    for (const use of evaluation.uses) {
      for (const pair of use.measured.worse) {
        const labels = worse.get(use.evidence.project.id) ?? new Set<string>();
        labels.add(`${quote(pair.run.label)} against ${quote(pair.baseline.label)}`);
        worse.set(use.evidence.project.id, labels);
      }
    }
  }
  const warnings: ProjectWarning[] = [];
  for (const evidence of portfolio.projects) {
    const { id: projectId, title } = evidence.project;
    if (evidence.metricCount === 0) {
      warnings.push({
        projectId,
        kind: 'no-eval-numbers',
        message: `${quote(title)} has no evaluation numbers`,
        fix: 'Log an eval run with its metrics, its context and the size of the dataset it ran on',
      });
    }
    if (!evidence.linkKinds.has('repository')) {
      warnings.push({
        projectId,
        kind: 'no-repository',
        message: `${quote(title)} has no repository link, so nobody can read its code`,
        fix: 'Add a link of kind Repository on a code host (GitHub, GitLab, Bitbucket or Codeberg)',
      });
    }
    const runsWithBaseline = evidence.runs.filter((run) => run.baselineRunId !== undefined).length;
    if (evidence.tagged.has('fine-tuning') && evidence.runs.length > 0 && runsWithBaseline === 0) {
      warnings.push({
        projectId,
        kind: 'no-baseline',
        message: `${quote(title)} fine-tunes a model but no run is compared with a baseline`,
        fix: 'Log the base model as a run, then set it as the baseline of the tuned run',
      });
    }
    const pairs = worse.get(projectId);
    if (pairs) {
      warnings.push({
        projectId,
        kind: 'worse-than-baseline',
        message: `On ${quote(title)}, ${[...pairs].slice(0, 3).join(', ')} ${pairs.size === 1 ? 'is' : 'are'} worse than the baseline`,
        fix: 'Nothing is taken off: say in the write-up what you learned, or log the run that beats it',
      });
    }
    for (const problem of evidence.linkProblems.slice(0, 2)) {
      warnings.push({
        projectId,
        kind: 'link-kind',
        message: `${quote(title)}: ${problem}`,
        fix: 'Choose the kind that fits the address in the project’s links',
      });
    }
  }
  return warnings;
}
