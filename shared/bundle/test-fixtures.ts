// Sample rows, a sample bundle and helpers to break it, used only by the bundle's tests.
import { buildBundle } from './build-bundle';
import { canonicalJson } from './canonical';
import { computeContentHash } from './hash';
import type { parseBundle } from './parse-bundle';
import type { BundleRows } from './rows';
import type { BundlePrivacy, UnhashedBundle } from './schema';

export const at = (minute: number): string => `2026-11-21T10:${String(minute).padStart(2, '0')}:00.000Z`;

export const allIncluded: BundlePrivacy = { notes: true, resources: true, costs: true, llmAnswers: true };

/** A small portfolio touching every table and every optional field. */
export function sampleRows(): BundleRows {
  return {
    progress: [
      { itemId: 'month-1.lesson-2', status: 'done', updatedAt: at(2) },
      {
        itemId: 'month-1.lesson-1',
        status: 'skipped',
        skipReason: 'outside-evidence',
        skipNote: 'Certificate',
        updatedAt: at(1),
      },
    ],
    notes: [{ itemId: 'month-1.lesson-1', text: 'Chunk size matters.', updatedAt: at(3) }],
    resources: [
      {
        id: 'res-1',
        itemId: 'month-1.lesson-1',
        title: 'Paper',
        url: 'https://arxiv.org/abs/2005.11401',
        createdAt: at(4),
      },
    ],
    projects: [
      {
        id: 'p2',
        title: 'Agent',
        summary: '',
        skills: [],
        links: [],
        status: 'idea',
        designDecisions: '',
        postmortem: '',
        createdAt: at(5),
        updatedAt: at(5),
      },
      {
        id: 'p1',
        title: 'Production RAG',
        summary: 'Hybrid search over manuals.',
        curriculumRef: 'capstone-rag',
        skills: ['retrieval', 'evaluation'],
        links: [{ label: 'Repo', url: 'https://github.com/someone/rag' }],
        status: 'shipped',
        startedOn: '2026-10-01',
        shippedOn: '2026-11-20',
        designDecisions: 'BM25 plus dense.',
        postmortem: 'Reranking paid off.',
        archivedAt: at(9),
        createdAt: at(6),
        updatedAt: at(7),
      },
    ],
    milestones: [
      {
        id: 'm1',
        projectId: 'p1',
        title: 'Eval set',
        acceptanceCriteria: '50 questions',
        order: 0,
        dueOn: '2026-11-01',
        doneOn: '2026-11-02',
        sourceId: 'capstone-rag.criterion-1',
        createdAt: at(6),
        updatedAt: at(8),
      },
    ],
    evalRuns: [
      {
        id: 'r2',
        projectId: 'p1',
        label: 'Reranked',
        ranOn: '2026-11-10',
        context: { model: 'claude', datasetName: 'manuals', datasetSize: 50, datasetSplit: 'test' },
        baselineRunId: 'r1',
        createdAt: at(10),
        updatedAt: at(10),
      },
      {
        id: 'r1',
        projectId: 'p1',
        label: 'Baseline',
        ranOn: '2026-11-01',
        context: {},
        createdAt: at(9),
        updatedAt: at(9),
      },
    ],
    metrics: [
      { id: 'x3', runId: 'r2', projectId: 'p1', key: 'faithfulness', value: 0.91 },
      { id: 'x1', runId: 'r1', projectId: 'p1', key: 'recall_at_k', value: 0.7, k: 5 },
      {
        id: 'x2',
        runId: 'r1',
        projectId: 'p1',
        key: 'custom:hallucination-rate',
        value: 0.02,
        unit: '%',
        direction: 'lower',
      },
      { id: 'x4', runId: 'r2', projectId: 'p1', key: 'latency_p95_ms', value: 820 },
    ],
    feedback: [
      {
        id: 'f1',
        kind: 'readiness-review',
        inputHash: 'abc123',
        model: 'claude-sonnet',
        inputTokens: 1200,
        outputTokens: 300,
        estimatedCostUsd: 0.0081,
        answer: { summary: 'Add a baseline.', layers: [] },
        createdAt: at(11),
      },
    ],
    readinessSnapshots: [
      {
        id: 's1',
        at: at(12),
        overall: 42.5,
        layers: { foundation: 60 },
        skills: { rag: 55, '10': 1 },
        roles: {},
      },
    ],
  };
}

type Loose = Record<string, unknown>;

/** `field: message` for each problem; empty when the file was accepted. */
export const problemsOf = (result: Awaited<ReturnType<typeof parseBundle>>): string[] =>
  result.ok ? [] : result.problems.map((problem) => `${problem.field}: ${problem.message}`);

export const sampleBundle = () =>
  buildBundle({ owner: 'Ada', contentVersion: 3, rows: sampleRows(), privacy: allIncluded });

/** Row `index` of a section of a loosely typed bundle, to break on purpose. */
export function row(list: unknown, index: number): Loose {
  const found: unknown = Array.isArray(list) ? list[index] : undefined;
  if (typeof found !== 'object' || found === null) throw new Error(`no row ${index}`);
  return found as Loose;
}

/** A parsed bundle as plain JSON, free to be broken in any way. */
export interface LooseBundle {
  [key: string]: unknown;
  sections: Loose;
  privacy: Loose;
  owner: Loose;
}

/** The sample bundle changed by `mutate` and hashed again, so the change is the only thing wrong with it. */
export async function changed(mutate: (bundle: LooseBundle) => void): Promise<string> {
  const { text } = await sampleBundle();
  const copy = JSON.parse(text) as LooseBundle;
  mutate(copy);
  // A shape the hash cannot be computed over fails the schema first, so any well-formed hash will do.
  const contentHash = await computeContentHash(copy as unknown as UnhashedBundle).catch(
    () => `sha256:${'0'.repeat(64)}`,
  );
  return canonicalJson({ ...copy, contentHash });
}
