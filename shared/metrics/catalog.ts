// The catalog of AI-engineering metrics: unit, valid range, which direction is better, and the context
// that makes a number trustworthy.

export type MetricDirection = 'higher' | 'lower';
export type MetricUnit = 'ratio' | 'ms' | 'tokens' | 'usd';

export interface MetricDefinition {
  key: string;
  label: string;
  unit: MetricUnit;
  min: number;
  /** Inclusive upper bound; Infinity where none. */
  max: number;
  direction: MetricDirection;
  /** Retrieval metrics are meaningless without their k. */
  needsK?: boolean;
  description: string;
}

const ratio = (key: string, label: string, description: string, extra: Partial<MetricDefinition> = {}) =>
  ({
    key,
    label,
    unit: 'ratio',
    min: 0,
    max: 1,
    direction: 'higher',
    description,
    ...extra,
  }) as MetricDefinition;

export const metricCatalog: readonly MetricDefinition[] = [
  ratio('recall_at_k', 'Recall@k', 'Share of relevant documents found in the top k.', { needsK: true }),
  ratio('precision_at_k', 'Precision@k', 'Share of the top k that is relevant.', { needsK: true }),
  ratio('mrr', 'MRR', 'Mean reciprocal rank of the first relevant result.'),
  ratio('ndcg_at_k', 'nDCG@k', 'Ranking quality with graded relevance, normalised.', { needsK: true }),
  ratio('faithfulness', 'Faithfulness', 'Share of answer claims supported by the retrieved context.'),
  ratio('answer_relevancy', 'Answer relevancy', 'How directly answers address the question.'),
  ratio('context_precision', 'Context precision', 'Share of retrieved context that was useful.'),
  ratio('context_recall', 'Context recall', 'Share of needed facts present in the retrieved context.'),
  ratio('accuracy', 'Accuracy', 'Share of examples answered correctly.'),
  ratio('f1', 'F1', 'Harmonic mean of precision and recall.'),
  ratio('exact_match', 'Exact match', 'Share of outputs identical to the reference.'),
  ratio('pass_rate', 'Pass rate', 'Share of test cases that passed.'),
  ratio('error_rate', 'Error rate', 'Share of requests that failed.', { direction: 'lower' }),
  {
    key: 'latency_p50_ms',
    label: 'Latency p50',
    unit: 'ms',
    min: 0,
    max: Infinity,
    direction: 'lower',
    description: 'Median end-to-end latency.',
  },
  {
    key: 'latency_p95_ms',
    label: 'Latency p95',
    unit: 'ms',
    min: 0,
    max: Infinity,
    direction: 'lower',
    description: '95th percentile latency.',
  },
  {
    key: 'latency_p99_ms',
    label: 'Latency p99',
    unit: 'ms',
    min: 0,
    max: Infinity,
    direction: 'lower',
    description: '99th percentile latency.',
  },
  {
    key: 'ttft_ms',
    label: 'Time to first token',
    unit: 'ms',
    min: 0,
    max: Infinity,
    direction: 'lower',
    description: 'Time until the first streamed token.',
  },
  {
    key: 'tokens_per_request',
    label: 'Tokens per request',
    unit: 'tokens',
    min: 0,
    max: Infinity,
    direction: 'lower',
    description: 'Input plus output tokens per request.',
  },
  {
    key: 'cost_per_1k_requests_usd',
    label: 'Cost per 1,000 requests',
    unit: 'usd',
    min: 0,
    max: Infinity,
    direction: 'lower',
    description: 'Spend in US dollars per 1,000 requests.',
  },
];

export const metricKeys = metricCatalog.map((metric) => metric.key);

const byKey = new Map(metricCatalog.map((metric) => [metric.key, metric]));

/** The catalog entry for a key; a map, since readiness asks once per metric of every run it checks. */
export function findMetric(key: string): MetricDefinition | undefined {
  return byKey.get(key);
}
