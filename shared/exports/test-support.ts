// Used only by the exports' tests: a sample portfolio whose every text can be swapped, and a scanner of markup.
import type { Curriculum, LayerId, Skill } from '../content/schema';
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { Milestone, Project } from '../domain/projects';
import { computeReadiness } from '../readiness/compute-readiness';
import type { ReportInput } from './report-input';

/** Gets each text by a field name and its usual value; the identity gives the ordinary sample. */
export type TextSource = (field: string, usual: string) => string;

const stamp = '2026-05-01T09:00:00Z';

function skill(id: string, layer: LayerId, title: string): Skill {
  return {
    id,
    layer,
    title,
    whyItMatters: 'why',
    goodLooksLike: ['a', 'b', 'c'],
    redFlags: ['a', 'b'],
    selfCheck: [],
    evidence: ['a', 'b'],
  };
}

function curriculumOf(text: TextSource): Curriculum {
  const layer = (id: LayerId, order: number, title: string) => ({
    id,
    title: text(`layer.${id}`, title),
    order,
    summary: id,
  });
  return {
    contentVersion: 1,
    idMap: [],
    layers: [
      layer('foundation', 1, 'Foundation'),
      layer('infrastructure', 2, 'Infrastructure'),
      layer('advanced', 3, 'Advanced'),
    ],
    skills: [
      skill('llm-apis', 'foundation', text('skill.llm-apis', 'LLM APIs')),
      skill('rag', 'infrastructure', text('skill.rag', 'RAG architecture')),
      skill('fine-tuning', 'advanced', text('skill.fine-tuning', 'Fine-tuning')),
    ],
    months: [
      {
        id: 'month-2',
        number: 2,
        title: text('month.title', 'RAG and vector databases'),
        layer: 'infrastructure',
        summary: 'summary',
        goals: ['a', 'b', 'c'],
        weeks: [],
        tasks: [],
        milestone: { id: 'm2', title: 'm', description: 'd', acceptanceCriteria: [] },
        lessons: [],
      },
    ],
    capstones: [
      {
        id: 'capstone-agent',
        title: text('capstone.title', 'Multi-step agent with tools'),
        summary: 'summary',
        skills: ['llm-apis'],
        requirements: ['a', 'b', 'c'],
        acceptanceCriteria: [],
        rubric: [],
      },
    ],
    roles: [
      { id: 'product-engineer', title: text('role.title', 'Product engineer'), summary: 's', weights: {} },
    ],
  };
}

function projectsOf(text: TextSource): Project[] {
  const base = { createdAt: stamp, updatedAt: stamp, summary: '', designDecisions: '', postmortem: '' };
  return [
    {
      ...base,
      id: 'p-rag',
      title: text('project.title', 'Support docs RAG'),
      summary: text(
        'project.summary',
        'Answers support questions from 1,200 help articles.\nCites its sources.',
      ),
      curriculumRef: 'month-2',
      skills: ['rag', 'llm-apis', text('project.skill', 'custom-skill')],
      links: [
        {
          label: text('link.label', 'Code'),
          url: text('link.url', 'https://github.com/someone/support-rag'),
        },
        { label: 'Demo', url: 'https://support-rag.example.com' },
        {
          label: text('link.unsafe-label', 'Old notebook'),
          url: text('link.unsafe-url', 'javascript:alert(1)'),
        },
      ],
      status: 'shipped',
      startedOn: '2026-03-01',
      shippedOn: '2026-04-20',
      designDecisions: text(
        'project.designDecisions',
        'Hybrid retrieval with rank fusion.\n\nChunks of 400 tokens.',
      ),
      postmortem: text(
        'project.postmortem',
        'Latency spiked when the index grew.\n# Not a heading | not a cell',
      ),
    },
    {
      ...base,
      id: 'p-agent',
      title: text('project.second-title', 'Research agent'),
      curriculumRef: 'capstone-agent',
      skills: ['llm-apis'],
      links: [],
      status: 'building',
    },
    {
      ...base,
      id: 'p-archived',
      title: 'Archived experiment',
      skills: [],
      links: [],
      status: 'idea',
      archivedAt: stamp,
    },
  ];
}

function milestonesOf(text: TextSource): Milestone[] {
  const milestone = (id: string, order: number, title: string, doneOn?: string): Milestone => ({
    id,
    projectId: 'p-rag',
    title: text(`milestone.${id}`, title),
    acceptanceCriteria: text(`milestone.${id}.criteria`, ''),
    order,
    createdAt: stamp,
    updatedAt: stamp,
    ...(doneOn ? { doneOn } : {}),
  });
  return [
    milestone('ms-1', 1, 'Index the help centre', '2026-03-20'),
    milestone('ms-2', 2, 'Recall@5 of 0.8 on 200 questions', '2026-04-15'),
    milestone('ms-3', 3, 'p95 latency under 800 ms'),
  ];
}

function runsOf(text: TextSource): EvalRun[] {
  const run = (id: string, ranOn: string, baselineRunId?: string): EvalRun => ({
    id,
    projectId: 'p-rag',
    label: text(`run.${id}`, `Run ${id}`),
    ranOn,
    context: {
      model: text(`run.${id}.model`, 'claude-haiku-4-5'),
      promptVersion: text(`run.${id}.prompt`, 'v3'),
      datasetName: text(`run.${id}.dataset`, 'support-faq'),
      datasetSize: 200,
      commitOrUrl: text(`run.${id}.commit`, 'a1b2c3d'),
    },
    ...(baselineRunId ? { baselineRunId } : {}),
    createdAt: `${ranOn}T09:00:00Z`,
    updatedAt: `${ranOn}T09:00:00Z`,
  });
  return [run('r1', '2026-04-01'), run('r2', '2026-04-08', 'r1'), run('r3', '2026-04-15', 'r1')];
}

function metricsOf(text: TextSource): Metric[] {
  const custom = `custom:${text('metric.custom', 'hallucination-rate')}`;
  const rows: [string, string, number, Partial<Metric>][] = [
    ['r1', 'recall_at_k', 0.62, { k: 5 }],
    ['r2', 'recall_at_k', 0.78, { k: 5 }],
    ['r3', 'recall_at_k', 0.83, { k: 5 }],
    ['r1', 'latency_p95_ms', 1200, {}],
    ['r2', 'latency_p95_ms', 950, {}],
    ['r3', 'latency_p95_ms', 980, {}],
    ['r1', custom, 12, { unit: text('metric.unit', '%'), direction: 'lower' }],
    ['r3', custom, 4.5, { unit: text('metric.unit', '%'), direction: 'lower' }],
  ];
  return rows.map(([runId, key, value, extra], index) => ({
    id: `x${index + 1}`,
    runId,
    projectId: 'p-rag',
    key,
    value,
    ...extra,
  }));
}

/** A portfolio with two live projects (one measured against a baseline) and one archived. */
export function sampleReportInput(text: TextSource = (_field, usual) => usual): ReportInput {
  const curriculum = curriculumOf(text);
  const projects = projectsOf(text);
  const milestones = milestonesOf(text);
  const runs = runsOf(text);
  const metrics = metricsOf(text);
  const readiness = computeReadiness({
    curriculum,
    progress: [],
    projects,
    milestones,
    runs,
    metrics,
    selfChecks: [],
  });
  return {
    owner: text('owner', 'Ada Example'),
    generatedOn: '2026-05-02',
    curriculum,
    projects,
    milestones,
    runs,
    metrics,
    readiness,
    progress: { done: 12, skipped: 3, total: 40 },
  };
}

/** Texts that would run script if any export let them through as markup. */
export const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe srcdoc=x>",
] as const;

/** Every element an export may write; anything else in the output came from person-written text. */
export const knownTags = new Set([
  ...['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'section', 'footer'],
  ...['h1', 'h2', 'h3', 'h4', 'p', 'span', 'div', 'strong', 'a', 'ul', 'li', 'progress'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption'],
  ...['svg', 'desc', 'g', 'text', 'rect', 'line', 'polyline', 'circle'],
]);

const knownAttributes = new Set([
  ...['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href', 'rel', 'scope'],
  ...['aria-label', 'aria-hidden', 'value', 'max', 'xmlns', 'role', 'width', 'height', 'viewBox'],
  ...['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'points', 'fill', 'stroke', 'stroke-width'],
  ...['stroke-dasharray', 'text-anchor', 'font-size'],
]);

export interface ScannedTag {
  name: string;
  attributes: { name: string; value: string }[];
}

/**
 * Reads every `<` of an HTML or SVG string as the start of a tag and returns the tags, or the reason it could
 * not: a `<` that opens no known element, an unknown or event attribute, or an attribute value left unquoted.
 */
export function scanMarkup(
  markup: string,
): { ok: true; tags: ScannedTag[] } | { ok: false; problem: string } {
  const tags: ScannedTag[] = [];
  let index = markup.indexOf('<');
  while (index !== -1) {
    const rest = markup.slice(index);
    if (rest.startsWith('<!doctype html>')) {
      index = markup.indexOf('<', index + 1);
      continue;
    }
    const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*")*)\s*\/?>/.exec(rest);
    if (!tag?.[1]) return { ok: false, problem: `unexpected "<" at ${index}: ${rest.slice(0, 60)}` };
    const name = tag[1];
    if (!knownTags.has(name)) return { ok: false, problem: `unknown element <${name}>` };
    const attributes = [...(tag[2] ?? '').matchAll(/([a-zA-Z][a-zA-Z0-9-]*)="([^"]*)"/g)].map((match) => ({
      name: match[1] ?? '',
      value: match[2] ?? '',
    }));
    const unknown = attributes.find((attribute) => !knownAttributes.has(attribute.name));
    if (unknown) return { ok: false, problem: `attribute ${unknown.name} on <${name}>` };
    tags.push({ name, attributes });
    index = markup.indexOf('<', index + tag[0].length);
  }
  return { ok: true, tags };
}
