// The portfolio as one self-contained HTML file: no scripts, nothing loaded from anywhere, every text escaped.
import { escapeHtml } from './escape';
import { projectSection } from './html-project';
import { readinessSections } from './html-readiness';
import { reportStyle } from './html-style';
import { projectFacts } from './project-facts';
import { htmlIncludesByDefault, type ReportInput } from './report-input';
import { countOf, scoreText } from './score-text';

/** Nothing may run or load: only inline styles and data: images, which the report does not even use. */
export const reportContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function headerOf(input: ReportInput): string {
  const owner = input.owner.trim();
  return [
    '<header>',
    `<h1>${owner ? `${escapeHtml(owner)}: ` : ''}AI engineering portfolio</h1>`,
    `<p class="meta">Generated on ${escapeHtml(input.generatedOn)} with ShipReady.</p>`,
    '</header>',
  ].join('\n');
}

/** The overall score and verdict, after the projects they are worked out from. */
function readinessSummary(input: ReportInput): string {
  const { overall, readyToApply } = input.readiness;
  const verdictClass = readyToApply.ready ? 'ready' : 'not-ready';
  return [
    '<section id="readiness-summary"><h2>Readiness</h2>',
    `<p class="score">${scoreText(overall)} <span class="muted">of 100</span></p>`,
    '<p>Overall readiness, from the projects above.</p>',
    `<p class="verdict ${verdictClass}">${escapeHtml(readyToApply.reason)}</p>`,
    '</section>',
  ].join('\n');
}

function progressSection({ done, skipped, total }: ReportInput['progress']): string {
  const [doneCount, skippedCount, totalCount] = [countOf(done), countOf(skipped), countOf(total)];
  const body =
    totalCount === 0
      ? '<p>No curriculum items yet.</p>'
      : `<p>${doneCount} of ${totalCount} curriculum items done, ${skippedCount} skipped ` +
        `(${Math.round(((doneCount + skippedCount) / totalCount) * 100)}% covered).</p>\n` +
        `<progress value="${Math.min(doneCount, totalCount)}" max="${totalCount}">${doneCount} of ${totalCount}</progress>`;
  return `<section id="progress"><h2>Curriculum progress</h2>\n${body}\n</section>`;
}

function projectsSection(input: ReportInput): string {
  const facts = projectFacts(input);
  const body =
    facts.length === 0
      ? '<p>No projects yet.</p>'
      : facts.map((project, index) => projectSection(project, index + 1)).join('\n');
  return `<section id="projects"><h2>Projects</h2>\n${body}\n</section>`;
}

/** A complete `<!doctype html>` document; the same input always gives the same string. */
export function htmlReport(input: ReportInput): string {
  const owner = input.owner.trim();
  const title = owner ? `${owner}: AI engineering portfolio` : 'AI engineering portfolio';
  const include = input.include ?? htmlIncludesByDefault;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${reportContentSecurityPolicy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${reportStyle}</style>`,
    '</head>',
    '<body>',
    headerOf(input),
    '<main>',
    projectsSection(input),
    ...(include.readiness
      ? [readinessSummary(input), readinessSections(input.curriculum, input.readiness)]
      : []),
    ...(include.progress ? [progressSection(input.progress)] : []),
    '</main>',
    `<footer>Exported from ShipReady on ${escapeHtml(input.generatedOn)}. This page runs no scripts and loads nothing from the network.</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
