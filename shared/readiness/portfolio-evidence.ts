// Points from the portfolio: projects that use a skill (25), their milestones (10) and their eval runs (25).
import type { Skill } from '../content/schema';
import { type PartResult, scoredPart, yesNoPart } from './evidence-part';
import type { ProjectEvidence } from './project-aggregates';
import { nameList, plural, quote } from './wording';

const milestonesMax = 10;
const milestonesForFullMarks = 5;
const runsForATrend = 3;

const idsOf = (projects: ProjectEvidence[]) => projects.map((evidence) => evidence.project.id);
const names = (projects: ProjectEvidence[]) => nameList(projects.map((evidence) => evidence.project.title));

/** `users` are the active projects tagged with the skill. */
export function projectParts(skill: Skill, users: ProjectEvidence[]): PartResult[] {
  const shipped = users.filter((evidence) => evidence.shipped);
  const withRepository = users.filter((evidence) => evidence.hasRepository);
  const withWriteUp = users.filter((evidence) => evidence.hasWriteUp);
  const source = 'projects';
  return [
    yesNoPart(
      users.length > 0,
      {
        source,
        max: 10,
        label: `Used in ${users.length} ${plural(users.length, 'project')}: ${names(users)}`,
        refs: idsOf(users),
      },
      {
        missing: `No project is tagged with ${skill.title}`,
        action: `Start a project that uses ${skill.title} and tag it with the skill`,
        lifts: 'not-built',
      },
    ),
    yesNoPart(
      shipped.length > 0,
      { source, max: 5, label: `Shipped: ${names(shipped)}`, refs: idsOf(shipped) },
      {
        missing: `No project using ${skill.title} is shipped`,
        action: `Ship a project that uses ${skill.title} and mark it shipped`,
        lifts: 'nothing-deployed',
      },
    ),
    yesNoPart(
      withRepository.length > 0,
      { source, max: 5, label: `Repository linked on ${names(withRepository)}`, refs: idsOf(withRepository) },
      {
        missing: `No project using ${skill.title} links to its repository`,
        action: `Add a repository link (GitHub, GitLab, Bitbucket or Codeberg) to a project that uses ${skill.title}`,
        lifts: 'no-repository',
      },
    ),
    yesNoPart(
      withWriteUp.length > 0,
      {
        source,
        max: 5,
        label: `Design decisions or postmortem written for ${names(withWriteUp)}`,
        refs: idsOf(withWriteUp),
      },
      {
        missing: `No design decisions or postmortem on any project using ${skill.title}`,
        action: `Write down the design decisions or a postmortem for a project that uses ${skill.title}`,
      },
    ),
  ];
}

export function milestonesPart(skill: Skill, users: ProjectEvidence[]): PartResult {
  const doneIds = users.flatMap((evidence) => evidence.doneMilestoneIds);
  const met = doneIds.length;
  const counted = Math.min(met, milestonesForFullMarks);
  const result = scoredPart({
    source: 'milestones',
    label: `${met} ${plural(met, 'milestone')} met on its projects (${milestonesForFullMarks} earn full marks)`,
    points: (milestonesMax * counted) / milestonesForFullMarks,
    max: milestonesMax,
    refs: doneIds.slice(0, milestonesForFullMarks),
  });
  if (counted >= milestonesForFullMarks) return result;
  const more = milestonesForFullMarks - counted;
  return {
    ...result,
    gap: {
      source: 'milestones',
      missing: `${met} of ${milestonesForFullMarks} milestones met on projects using ${skill.title}`,
      action: `Meet ${more} more ${plural(more, 'milestone')} on a project that uses ${skill.title}`,
      gain: milestonesMax - result.point.points,
    },
  };
}

function mostRuns(users: ProjectEvidence[]): ProjectEvidence | undefined {
  let best: ProjectEvidence | undefined;
  for (const evidence of users) if (!best || evidence.runs.length > best.runs.length) best = evidence;
  return best;
}

export function evalRunParts(skill: Skill, users: ProjectEvidence[]): PartResult[] {
  const withMetrics = users.filter((evidence) => evidence.metrics.length > 0);
  const metricRows = withMetrics.reduce((sum, evidence) => sum + evidence.metrics.length, 0);
  const sizedRuns = users.reduce((sum, evidence) => sum + evidence.runsWithDatasetSize, 0);
  const baselineRuns = users.reduce((sum, evidence) => sum + evidence.runsWithBaseline, 0);
  const busiest = mostRuns(users);
  const busiestRuns = busiest?.runs.length ?? 0;
  const source = 'eval-runs';
  const moreRuns = runsForATrend - busiestRuns;
  return [
    yesNoPart(
      withMetrics.length > 0,
      {
        source,
        max: 10,
        label: `${metricRows} metric ${plural(metricRows, 'value')} recorded on ${names(withMetrics)}`,
        refs: idsOf(withMetrics),
      },
      {
        missing: `No evaluation numbers on any project tagged with ${skill.title}`,
        action: `Log an eval run with its metrics on a project that uses ${skill.title}`,
        lifts: 'no-eval-numbers',
      },
    ),
    yesNoPart(
      sizedRuns > 0,
      {
        source,
        max: 5,
        label: `${sizedRuns} ${plural(sizedRuns, 'run')} record their dataset size`,
        refs: idsOf(users.filter((evidence) => evidence.runsWithDatasetSize > 0)),
      },
      {
        missing: `No run on a project using ${skill.title} records its dataset size`,
        action: 'Log the dataset size with your runs: a number without it cannot be trusted',
      },
    ),
    yesNoPart(
      baselineRuns > 0,
      {
        source,
        max: 5,
        label: `${baselineRuns} ${plural(baselineRuns, 'run')} compared with a baseline`,
        refs: idsOf(users.filter((evidence) => evidence.runsWithBaseline > 0)),
      },
      {
        missing: `No run on a project using ${skill.title} is compared with a baseline`,
        action: 'Log a baseline run first, then set it as the baseline of the run that changes something',
        lifts: 'fine-tuning-without-baseline',
      },
    ),
    yesNoPart(
      busiestRuns >= runsForATrend,
      {
        source,
        max: 5,
        label: `${busiestRuns} runs on ${quote(busiest?.project.title ?? '')}`,
        refs: busiest ? [busiest.project.id] : [],
      },
      {
        missing: `No project using ${skill.title} has ${runsForATrend} or more runs`,
        action:
          busiest && busiestRuns > 0
            ? `Log ${moreRuns} more ${plural(moreRuns, 'run')} on ${quote(busiest.project.title)} to show a trend`
            : `Log ${runsForATrend} runs on one project that uses ${skill.title} to show a trend`,
      },
    ),
  ];
}
