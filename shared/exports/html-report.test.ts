import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  payloads,
  sampleReportInput,
  scanMarkup,
  type TextSource,
} from '../../tests/fixtures/exports/report-input';
import { safeHref } from './escape';
import { htmlReport, reportContentSecurityPolicy } from './html-report';
import type { ReportInput } from './report-input';

const hostileText = payloads.join(' ');
/** Every text gets every payload; every address is a javascript: URL. */
const hostile: TextSource = (field, usual) =>
  /url$|commit$/.test(field) ? 'javascript:alert(1)' : `${usual}${hostileText}`;

const tagsOf = (html: string) => html.match(/<[^>]*>/g) ?? [];

/** `javascript:` may show as escaped text when a person typed it in prose; it must never reach a tag. */
function expectNothingRuns(html: string) {
  const scan = scanMarkup(html);
  expect(scan.ok ? 'ok' : scan.problem).toBe('ok');
  expect(html).not.toMatch(/<script|<img|<iframe|<object|<embed|<link|<base|<form/i);
  for (const tag of tagsOf(html)) {
    expect(tag).not.toMatch(/\son\w+=|javascript:/i);
    expect(tag).not.toMatch(/\s(src|srcset|action|formaction|background|poster)=/i);
  }
  expect(html).not.toMatch(/src="http/i);
  expect(html).not.toMatch(/url\(/i);
}

/** Every href is one of the person's own safe https links (project links or run commits) and keeps no opener. */
function expectOnlyOwnLinks(html: string, input: ReportInput) {
  const own = new Set(
    [
      ...input.projects.flatMap((project) => project.links.map((link) => link.url)),
      ...input.runs.map((run) => run.context.commitOrUrl ?? ''),
    ].map(safeHref),
  );
  for (const tag of tagsOf(html).filter((candidate) => /\shref=/.test(candidate))) {
    const href = /\shref="([^"]*)"/.exec(tag)?.[1] ?? '';
    expect(href.startsWith('https://')).toBe(true);
    expect(tag.startsWith('<a ')).toBe(true);
    expect(tag).toContain('rel="noopener noreferrer"');
    expect(own.has(href.replace(/&#39;/g, "'").replace(/&amp;/g, '&'))).toBe(true);
  }
}

describe('htmlReport with script in every text field', () => {
  const input = sampleReportInput(hostile);
  const html = htmlReport(input);

  it('contains no script, no event attribute, no javascript: URL and no external resource', () => {
    expectNothingRuns(html);
    expect(html).not.toContain('javascript:');
    expectOnlyOwnLinks(html, input);
  });

  it('shows the payloads as escaped text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('&#39;&gt;&lt;iframe srcdoc=x&gt;');
  });

  it('escapes the owner, run labels, model names and custom metric names', () => {
    const escaped = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(html).toContain(`<h1>Ada Example${escaped(hostileText)}`.replace(/'/g, '&#39;'));
    expect(html).toContain('<td>Run r1&lt;script&gt;');
    expect(html).toContain('<td>claude-haiku-4-5&lt;script&gt;');
    expect(html).toContain('<th scope="row">Hallucination rate&lt;script&gt;');
  });

  it('shows links with unsafe addresses as plain text, without the address', () => {
    expect(html).toContain('Old notebook&lt;script&gt;');
    expect(html).toContain('(link left out: not a public https address)');
    expect(html).toContain('(address left out: not a public https address)');
  });
});

describe('htmlReport with arbitrary text', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.constantFrom(...payloads, 'javascript:alert(1)', 'https://example.com/a"b', '</style><script>'),
    fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', '/', '=', ' ', '\n', 'a', 'on', ':', '`') }),
  );

  it('never writes a tag or attribute outside the known set', () => {
    fc.assert(
      fc.property(fc.func(text), (source) => {
        const input = sampleReportInput((field, usual) => source(field, usual));
        const html = htmlReport(input);
        expectNothingRuns(html);
        expectOnlyOwnLinks(html, input);
      }),
      { numRuns: 60 },
    );
  });
});

describe('htmlReport structure', () => {
  const input = sampleReportInput();
  const html = htmlReport(input);

  it('is a complete document that forbids scripts before anything else is read', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${reportContentSecurityPolicy}">`,
    );
    expect(reportContentSecurityPolicy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
    expect(html.trimEnd().endsWith('</body>\n</html>')).toBe(true);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('@media print');
  });

  it('opens and closes every element it writes', () => {
    const scan = scanMarkup(html);
    if (!scan.ok) throw new Error(scan.problem);
    const voids = new Set(['meta', 'rect', 'line', 'polyline', 'circle']);
    const open: string[] = [];
    for (const tag of tagsOf(html)) {
      const name = /^<\/?([a-zA-Z0-9-]+)/.exec(tag)?.[1] ?? '';
      if (tag.startsWith('<!') || voids.has(name)) continue;
      if (tag.startsWith('</')) expect(open.pop()).toBe(name);
      else open.push(name);
    }
    expect(open).toEqual([]);
  });

  it('has one section per project that is not archived', () => {
    expect(html.match(/<section class="project"/g)).toHaveLength(2);
    expect(html).toContain('<h3>Support docs RAG</h3>');
    expect(html).toContain('<h3>Research agent</h3>');
    expect(html).not.toContain('Archived experiment');
  });

  it('names the owner, the date, the overall score and whether to apply', () => {
    expect(html).toContain('<h1>Ada Example: AI engineering portfolio</h1>');
    expect(html).toContain('Generated on 2026-05-02');
    expect(html).toContain(`<p class="score">${Math.round(input.readiness.overall)} `);
    expect(html).toContain(input.readiness.readyToApply.reason);
  });

  it('puts the projects and their numbers before the score, the flags and the progress', () => {
    expect(html.indexOf('<section id="projects">')).toBeLessThan(html.indexOf('<p class="score">'));
    expect(html.indexOf('<section id="projects">')).toBeLessThan(html.indexOf('Fix: '));
    expect(html.indexOf('<section id="projects">')).toBeLessThan(html.indexOf('<section id="progress">'));
  });

  it('leaves readiness and progress out when the person switches them off', () => {
    const quiet = htmlReport({ ...input, include: { readiness: false, progress: false } });
    expect(quiet).not.toContain('<p class="score">');
    expect(quiet).not.toContain('Fix: ');
    expect(quiet).not.toContain('<section id="progress">');
    expect(quiet).toContain('<section id="projects">');
  });

  it('shows layers with skill score bars, and red flags with their fixes', () => {
    expect(html).toContain('<h3>Foundation: ');
    expect(html).toContain('<title>Skill scores in Infrastructure</title>');
    const flags = input.readiness.skills.flatMap((skill) => skill.flags);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(html).toContain(`Fix: ${flag.fix}.`);
  });

  it('shows where a project belongs, its skills by title, and its safe links', () => {
    expect(html).toContain('Month 2: RAG and vector databases');
    expect(html).toContain('Capstone: Multi-step agent with tools');
    expect(html).toContain('<li>RAG architecture</li><li>LLM APIs</li><li>custom-skill</li>');
    expect(html).toContain(
      '<a href="https://github.com/someone/support-rag" rel="noopener noreferrer">Code</a>',
    );
    expect(html).not.toContain('href="javascript');
  });

  it('keeps the line breaks of write-ups through pre-wrap', () => {
    expect(html).toContain(
      '<div class="text">Latency spiked when the index grew.\n# Not a heading | not a cell</div>',
    );
    expect(html).toMatch(/\.text \{ white-space: pre-wrap;/);
  });

  it('counts milestones met and lists each', () => {
    expect(html).toContain('<h4>Milestones: 2 of 3 met</h4>');
    expect(html).toContain('Index the help centre <span class="muted">(met Mar 20, 2026)</span>');
    expect(html).toContain('p95 latency under 800 ms <span class="muted">(open)</span>');
  });

  it('formats the metric table: latest, best and the change from the baseline', () => {
    expect(html).toContain('<td class="number">0.83 <span class="muted">Apr 15, 2026</span></td>');
    expect(html).toContain('<td class="number">980 ms <span class="muted">Apr 15, 2026</span></td>');
    expect(html).toContain('<td class="number">950 ms <span class="muted">Apr 8, 2026</span></td>');
    expect(html).toContain('<td class="number better">+0.21 (+34%) from 0.62</td>');
    expect(html).toContain('<td class="number better">−220 ms (−18%) from 1,200 ms</td>');
  });

  it('draws a line chart per metric with two runs or more, and bars for the latest baselined run', () => {
    expect(html).toContain('<title>Recall@5 over time</title>');
    expect(html).toContain('<title>Latency p95 over time</title>');
    expect(html).toContain('<title>Hallucination rate over time</title>');
    expect(html).toContain('<title>Run r3 against its baseline Run r1</title>');
    expect(html.match(/<svg /g)).toHaveLength(3 + 3 + 1);
  });

  it('labels each line chart with its first and last run’s dates, never 1970, and names the runs in the caption', () => {
    expect(html).toContain('>Apr 1, 2026</text>');
    expect(html).toContain('>Apr 15, 2026</text>');
    expect(html).not.toContain('1970');
    expect(html).toContain('Recall@5 over 3 runs, Apr 1, 2026 to Apr 15, 2026.');
    expect(html).toContain('Hallucination rate over 2 runs, Apr 1, 2026 to Apr 15, 2026.');
  });

  it('shows curriculum progress', () => {
    expect(html).toContain('12 of 40 curriculum items done, 3 skipped (38% covered).');
    expect(html).toContain('<progress value="12" max="40">');
  });

  it('gives the same bytes for the same input', () => {
    expect(htmlReport(sampleReportInput())).toBe(html);
  });

  it('says so when there are no projects', () => {
    const empty = htmlReport({ ...input, projects: [], progress: { done: 0, skipped: 0, total: 0 } });
    expect(empty).toContain('<p>No projects yet.</p>');
    expect(empty).toContain('<p>No curriculum items yet.</p>');
    expectNothingRuns(empty);
  });
});
