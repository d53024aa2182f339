// The portfolio as GitHub-flavoured Markdown for a repository README: each project with its evidence first,
// then readiness and progress only when the person switches them on.
import { formatChange, formatMetricValue } from '../metrics/format';
import { formatDay } from '../progress/format-day';
import { milestoneText } from '../text/milestone-text';
import { countOf as pluralCount } from '../text/plural';
import { markdownDestination, markdownInline, markdownParagraphs, markdownQuote } from './markdown-text';
import { type ProjectFacts, projectFacts, type SeriesFacts } from './project-facts';
import { type ReportInput, readmeIncludesByDefault } from './report-input';
import { countOf, scoreText } from './score-text';

function headingLines(input: ReportInput): string[] {
  const owner = input.owner.trim();
  return [
    '# Portfolio',
    '',
    `${owner ? `**${markdownInline(owner)}** · ` : ''}generated on ${markdownInline(input.generatedOn)} with ShipReady`,
  ];
}

/** The readiness score and layers, and the curriculum progress, each only when the person chose to share it. */
function readinessLines(input: ReportInput): string[] {
  const { readiness, curriculum, progress } = input;
  const include = input.include ?? readmeIncludesByDefault;
  const lines: string[] = [];
  if (include.readiness) {
    const layers = [...curriculum.layers]
      .sort((a, b) => a.order - b.order)
      .map((layer) => {
        const score = readiness.layers.find((candidate) => candidate.layer === layer.id)?.score ?? 0;
        return `${markdownInline(layer.title)} ${scoreText(score)}`;
      });
    lines.push(
      `**Readiness: ${scoreText(readiness.overall)} of 100.** ${markdownInline(readiness.readyToApply.reason)}`,
    );
    if (layers.length > 0) lines.push('', `Layers: ${layers.join(' · ')}`);
  }
  if (include.progress && countOf(progress.total) > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(
      `Curriculum: ${countOf(progress.done)} of ${countOf(progress.total)} items done, ${countOf(progress.skipped)} skipped.`,
    );
  }
  return lines;
}

function detailsLine({ project, placement, statusLabel }: ProjectFacts): string {
  const details = [
    `**${markdownInline(statusLabel)}**`,
    placement === null ? null : markdownInline(placement),
    project.startedOn ? `started ${markdownInline(project.startedOn)}` : null,
    project.shippedOn ? `shipped ${markdownInline(project.shippedOn)}` : null,
  ];
  return details.filter((detail): detail is string => detail !== null).join(' · ');
}

function linksLine(facts: ProjectFacts): string | null {
  if (facts.links.length === 0) return null;
  const links = facts.links.map((link) =>
    link.href === null
      ? `${markdownInline(link.label)} (link left out: not a public https address)`
      : `[${markdownInline(link.label) || 'link'}](${markdownDestination(link.href)})`,
  );
  return `**Links:** ${links.join(' · ')}`;
}

function baselineCell({ vsBaseline: delta }: SeriesFacts): string {
  if (!delta) return '—';
  const change = formatChange(delta.change, delta.relativeChange, delta.unit);
  return markdownInline(`${change} from ${formatMetricValue(delta.before, delta.unit)}`);
}

function metricsTable(facts: ProjectFacts): string[] {
  if (facts.series.length === 0) return [];
  const rows = facts.series.map((series) => {
    const { summary } = series;
    return `| ${markdownInline(summary.label)} | ${markdownInline(series.latestText)} | ${markdownInline(series.bestText)} | ${baselineCell(series)} |`;
  });
  const sources = facts.sources.map(
    (source) =>
      `- ${markdownInline(`${source.fileName} (${source.tool}, ${pluralCount(source.runs, 'run')})`)}, sha256 \`${source.sha256}\``,
  );
  return [
    '### Metrics',
    '',
    '| Metric | Latest | Best | vs baseline |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(sources.length > 0 ? ['', "Imported from the tools' own files:", '', ...sources] : []),
  ];
}

function milestoneList({ milestones, met }: ProjectFacts): string[] {
  if (milestones.length === 0) return [];
  const items = milestones.map((milestone) => {
    const state = milestone.doneOn
      ? ` (met ${markdownInline(formatDay(milestone.doneOn))})`
      : milestone.dueOn
        ? ` (due ${markdownInline(formatDay(milestone.dueOn))})`
        : '';
    return `- [${milestone.doneOn ? 'x' : ' '}] ${markdownInline(milestoneText(milestone)) || 'Untitled milestone'}${state}`;
  });
  return [`### Milestones (${met} of ${milestones.length} met)`, '', ...items];
}

function quoted(heading: string, text: string): string[] {
  return text.trim() === '' ? [] : [`### ${heading}`, '', markdownQuote(text)];
}

function projectBlock(facts: ProjectFacts): string {
  const { project } = facts;
  const blocks: string[][] = [
    [`## ${markdownInline(project.title) || 'Untitled project'}`],
    [detailsLine(facts)],
    project.summary.trim() ? [markdownParagraphs(project.summary)] : [],
    [linksLine(facts) ?? ''],
    facts.skillTitles.length ? [`**Skills:** ${facts.skillTitles.map(markdownInline).join(', ')}`] : [],
    metricsTable(facts),
    milestoneList(facts),
    quoted('Design decisions', project.designDecisions),
    quoted('Postmortem', project.postmortem),
  ];
  return blocks
    .filter((block) => block.length > 0 && block.join('') !== '')
    .map((block) => block.join('\n'))
    .join('\n\n');
}

/** The whole README section; blocks are separated by blank lines so no person-written text can join two of them. */
export function readmeMarkdown(input: ReportInput): string {
  const projects = projectFacts(input);
  // Projects and their numbers come first; readiness and progress, when shared, close the page.
  const blocks = [headingLines(input).join('\n')];
  if (projects.length === 0) blocks.push('No projects yet.');
  else blocks.push(...projects.map(projectBlock));
  const readiness = readinessLines(input);
  if (readiness.length > 0) blocks.push(['## Readiness', '', ...readiness].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
