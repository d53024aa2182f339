// One project in the HTML report: what it is, its links, write-ups, milestones, metrics, charts and runs.
import { projectStatuses } from '../domain/projects';
import { formatChange, formatMetricValue } from '../metrics/format';
import { formatDay } from '../progress/format-day';
import { criteriaShownInText, milestoneText } from '../text/milestone-text';
import { countOf } from '../text/plural';
import { escapeHtml, safeHref } from './escape';
import type { LinkFacts, ProjectFacts, RunComparison, SeriesFacts } from './project-facts';
import { barPairSvg, lineChartSvg } from './svg-chart';

const chartWidth = 640;

const dayOf = (ms: number) => formatDay(new Date(ms).toISOString().slice(0, 10));

/** Starts with a scheme (`javascript:`, `data:`, `http:`) or `//`: an address, never just a commit hash. */
const looksLikeAddress = (text: string) => /^\s*([a-z][a-z0-9+.-]*:|\/\/)/i.test(text);

function linkItem(link: LinkFacts): string {
  if (link.href === null) {
    return `<li>${escapeHtml(link.label)} <span class="muted">(link left out: not a public https address)</span></li>`;
  }
  const href = escapeHtml(link.href);
  return `<li><a href="${href}" rel="noopener noreferrer">${escapeHtml(link.label)}</a> <span class="muted">${href}</span></li>`;
}

/** Person-written text, shown as typed: escaped, with its line breaks kept by `white-space: pre-wrap`. */
function writeUp(heading: string, text: string): string {
  if (text.trim() === '') return '';
  return `<h4>${heading}</h4>\n<div class="text">${escapeHtml(text.trim())}</div>`;
}

function headerOf({ project, placement, statusLabel }: ProjectFacts): string {
  const statusClass = projectStatuses.includes(project.status) ? project.status : 'other';
  const details = [
    placement,
    project.startedOn ? `started ${project.startedOn}` : null,
    project.shippedOn ? `shipped ${project.shippedOn}` : null,
  ].filter((detail): detail is string => detail !== null);
  return (
    `<h3>${escapeHtml(project.title)}</h3>\n<p class="meta"><span class="status ${statusClass}">${escapeHtml(statusLabel)}</span>` +
    `${details.map((detail) => ` · ${escapeHtml(detail)}`).join('')}</p>`
  );
}

function milestonesOf({ milestones, met }: ProjectFacts): string {
  if (milestones.length === 0) return '';
  const items = milestones.map((milestone) => {
    const state = milestone.doneOn
      ? `met ${formatDay(milestone.doneOn)}`
      : milestone.dueOn
        ? `open, due ${formatDay(milestone.dueOn)}`
        : 'open';
    const criteria =
      milestone.acceptanceCriteria.trim() && !criteriaShownInText(milestone)
        ? `<div class="text muted">${escapeHtml(milestone.acceptanceCriteria.trim())}</div>`
        : '';
    return (
      `<li><span aria-hidden="true">${milestone.doneOn ? '☑' : '☐'}</span> ${escapeHtml(milestoneText(milestone))} ` +
      `<span class="muted">(${escapeHtml(state)})</span>${criteria}</li>`
    );
  });
  return `<h4>Milestones: ${met} of ${milestones.length} met</h4>\n<ul class="milestones">\n${items.join('\n')}\n</ul>`;
}

function baselineCell(series: SeriesFacts): string {
  const delta = series.vsBaseline;
  if (!delta) return '<td class="number muted">—</td>';
  const change = formatChange(delta.change, delta.relativeChange, delta.unit);
  const tone = delta.improved === true ? ' better' : delta.improved === false ? ' worse' : '';
  const from = formatMetricValue(delta.before, delta.unit);
  return `<td class="number${tone}">${escapeHtml(`${change} from ${from}`)}</td>`;
}

function metricsTable(facts: ProjectFacts): string {
  if (facts.series.length === 0) return '';
  const rows = facts.series.map((series) => {
    const { summary } = series;
    return (
      `<tr><th scope="row">${escapeHtml(summary.label)} <span class="muted">(${summary.direction === 'lower' ? 'lower' : 'higher'} is better)</span></th>` +
      `<td class="number">${escapeHtml(series.latestText)} <span class="muted">${escapeHtml(formatDay(summary.latest.ranOn))}</span></td>` +
      `<td class="number">${escapeHtml(series.bestText)} <span class="muted">${escapeHtml(formatDay(summary.best.ranOn))}</span></td>` +
      `${baselineCell(series)}<td class="number">${summary.count}</td></tr>`
    );
  });
  return (
    '<h4>Evaluation metrics</h4>\n<table><thead><tr><th scope="col">Metric</th><th scope="col">Latest</th>' +
    '<th scope="col">Best</th><th scope="col">vs baseline</th><th scope="col">Runs</th></tr></thead><tbody>\n' +
    `${rows.join('\n')}\n</tbody></table>${sourcesList(facts)}`
  );
}

/** Which eval-tool files the numbers were imported from, each with its sha256 to check it against. */
function sourcesList(facts: ProjectFacts): string {
  if (facts.sources.length === 0) return '';
  const items = facts.sources.map(
    (source) =>
      `<li>${escapeHtml(`${source.fileName} (${source.tool}, ${countOf(source.runs, 'run')})`)} <span class="muted">sha256 ${escapeHtml(source.sha256)}</span></li>`,
  );
  return `\n<p class="muted">Imported from the tools' own files:</p>\n<ul class="sources">\n${items.join('\n')}\n</ul>`;
}

function lineCharts(facts: ProjectFacts): string {
  const figures = facts.series
    .filter((series) => series.points.length >= 2)
    .map(({ summary, points }) => {
      const first = points[0];
      const last = points[points.length - 1];
      const range: [string, string] | undefined = first && last ? [dayOf(first.x), dayOf(last.x)] : undefined;
      const chart = lineChartSvg(points, {
        width: chartWidth,
        height: 180,
        title: `${summary.label} over time`,
        ...(range ? { xLabels: range } : {}),
        formatValue: (value) => formatMetricValue(value, summary.unit),
      });
      const caption = `${summary.label} over ${countOf(points.length, 'run')}${range ? `, ${range[0]} to ${range[1]}` : ''}.`;
      return `<figure>${chart}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
    });
  return figures.join('\n');
}

function comparisonChart(comparison: RunComparison | null): string {
  if (!comparison) return '';
  const { run, baseline, deltas } = comparison;
  const chart = barPairSvg(
    deltas.map((delta) => ({ label: delta.label, before: delta.before, after: delta.after })),
    {
      width: chartWidth,
      title: `${run.label} against its baseline ${baseline.label}`,
      legend: ['Baseline', 'Run'],
      formatValue: (value, index) => formatMetricValue(value, deltas[index]?.unit ?? ''),
    },
  );
  const caption = `“${run.label}” (${formatDay(run.ranOn)}) against its baseline “${baseline.label}” (${formatDay(baseline.ranOn)}); each metric on its own scale.`;
  return `<h4>Latest run against its baseline</h4>\n<figure>${chart}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

/** A commit hash as text, a safe https address as a link, and any other address left out rather than shown. */
function commitCell(commitOrUrl: string | undefined, cell: (text: string | undefined) => string): string {
  if (!commitOrUrl) return cell(undefined);
  const href = safeHref(commitOrUrl);
  if (href !== null)
    return `<td><a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(href)}</a></td>`;
  return looksLikeAddress(commitOrUrl)
    ? '<td class="muted">(address left out: not a public https address)</td>'
    : cell(commitOrUrl);
}

function runsTable(facts: ProjectFacts): string {
  if (facts.runs.length === 0) return '';
  const labelOf = new Map(facts.runs.map((run) => [run.id, run.label]));
  const cell = (text: string | number | undefined) =>
    text === undefined || text === '' ? '<td class="muted">—</td>' : `<td>${escapeHtml(String(text))}</td>`;
  const rows = facts.runs.map((run) => {
    const { context } = run;
    const dataset = [
      context.datasetName,
      context.datasetSize === undefined ? undefined : `${context.datasetSize} examples`,
      context.datasetSplit,
    ]
      .filter((part): part is string => part !== undefined && part !== '')
      .join(', ');
    const commit = commitCell(context.commitOrUrl, cell);
    const baseline = run.baselineRunId ? (labelOf.get(run.baselineRunId) ?? run.baselineRunId) : undefined;
    return `<tr>${cell(run.label)}${cell(formatDay(run.ranOn))}${cell(context.model)}${cell(context.promptVersion)}${cell(dataset)}${cell(baseline)}${commit}</tr>`;
  });
  return (
    '<h4>Evaluation runs</h4>\n<table><thead><tr><th scope="col">Run</th><th scope="col">Date</th><th scope="col">Model</th>' +
    '<th scope="col">Prompt</th><th scope="col">Dataset</th><th scope="col">Baseline</th><th scope="col">Commit or URL</th>' +
    `</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

/** The section for one project; `number` (from 1) gives it a stable anchor that no person-written text reaches. */
export function projectSection(facts: ProjectFacts, number: number): string {
  const { project } = facts;
  const skills = facts.skillTitles.length
    ? `<ul class="tags" aria-label="Skills">${facts.skillTitles.map((title) => `<li>${escapeHtml(title)}</li>`).join('')}</ul>`
    : '';
  const links = facts.links.length ? `<ul class="links">${facts.links.map(linkItem).join('')}</ul>` : '';
  const summary = project.summary.trim() ? `<p class="text">${escapeHtml(project.summary.trim())}</p>` : '';
  const parts = [
    `<section class="project" id="project-${number}">`,
    headerOf(facts),
    skills,
    links,
    summary,
    writeUp('Design decisions', project.designDecisions),
    writeUp('Postmortem', project.postmortem),
    milestonesOf(facts),
    metricsTable(facts),
    lineCharts(facts),
    comparisonChart(facts.comparison),
    runsTable(facts),
    '</section>',
  ];
  return parts.filter((part) => part !== '').join('\n');
}
