// Maps the metric names tools write to catalog keys; a name with no catalog key stays a custom metric
// (`custom:<slug>`) and keeps the direction the tool states, if it states one.
import { findMetric } from '../metrics/catalog';
import type { ImportedMetric } from './types';

/** Exact names (lowercased) that mean a catalog metric, across the tools. */
const catalogAliases: Record<string, string> = {
  acc: 'accuracy',
  accuracy: 'accuracy',
  exact_match: 'exact_match',
  em: 'exact_match',
  'exact_match/v1': 'exact_match',
  f1: 'f1',
  f1_score: 'f1',
  faithfulness: 'faithfulness',
  answer_relevancy: 'answer_relevancy',
  'answer relevancy': 'answer_relevancy',
  context_precision: 'context_precision',
  llm_context_precision_with_reference: 'context_precision',
  llm_context_precision_without_reference: 'context_precision',
  context_precision_with_reference: 'context_precision',
  non_llm_context_precision_with_reference: 'context_precision',
  'contextual precision': 'context_precision',
  context_recall: 'context_recall',
  llm_context_recall: 'context_recall',
  non_llm_context_recall: 'context_recall',
  'contextual recall': 'context_recall',
  pass_rate: 'pass_rate',
  error_rate: 'error_rate',
  mrr: 'mrr',
};

/** Names every tool uses for things that are worse when larger, when the tool itself does not say. */
const knownLowerIsBetter = [
  /hallucination/,
  /^bias\b/,
  /toxicity/,
  /noise_sensitivity/,
  /perplexity/,
  /bits_per_byte/,
  /latency/,
  /\bcost\b/,
  /error_rate/,
];

/** A custom slug: 1–40 of `a-z0-9_-`, starting with a letter or digit (the catalog's rule). */
export function customSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+/, '')
    .replace(/-+$/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'metric' : slug;
}

export interface MetricNaming {
  key: string;
  direction?: 'higher' | 'lower';
  directionFrom?: 'tool' | 'catalog' | 'known-name';
}

/**
 * The catalog key for a tool's metric name (`acc`, `Answer Relevancy`, `exact_match/v1`), else
 * `custom:<slug>` of `customName`. A direction the tool states wins over the catalog's.
 */
export function nameMetric(
  toolName: string,
  options: { customName?: string | undefined; toolDirection?: 'higher' | 'lower' | undefined } = {},
): MetricNaming {
  const lowered = toolName.trim().toLowerCase();
  const alias = Object.hasOwn(catalogAliases, lowered) ? catalogAliases[lowered] : findMetric(lowered)?.key;
  const definition = alias ? findMetric(alias) : undefined;
  if (definition) {
    return options.toolDirection
      ? { key: definition.key, direction: options.toolDirection, directionFrom: 'tool' }
      : { key: definition.key, direction: definition.direction, directionFrom: 'catalog' };
  }
  const key = `custom:${customSlug(options.customName ?? toolName)}`;
  if (options.toolDirection) return { key, direction: options.toolDirection, directionFrom: 'tool' };
  if (knownLowerIsBetter.some((pattern) => pattern.test(lowered))) {
    return { key, direction: 'lower', directionFrom: 'known-name' };
  }
  return { key };
}

/** Builds a metric row from a name and a value, with the naming above. */
export function metricRow(
  sourceName: string,
  value: number,
  extra: Partial<Omit<ImportedMetric, 'key' | 'sourceName' | 'value'>> & {
    lookupName?: string | undefined;
    customName?: string | undefined;
    toolDirection?: 'higher' | 'lower' | undefined;
  } = {},
): ImportedMetric {
  const { lookupName, customName, toolDirection, ...rest } = extra;
  const naming = nameMetric(lookupName ?? sourceName, {
    customName: customName ?? sourceName,
    toolDirection,
  });
  const row: ImportedMetric = { key: naming.key, sourceName, value, ...rest };
  if (naming.direction) row.direction = naming.direction;
  if (naming.directionFrom) row.directionFrom = naming.directionFrom;
  return row;
}

/**
 * A run may hold one value per catalog key; when two tool metrics map to the same key (two scorers'
 * accuracy), each becomes a custom metric named after its source instead of one hiding the other.
 */
export function separateKeyClashes(metrics: ImportedMetric[]): ImportedMetric[] {
  const counts = new Map<string, number>();
  for (const metric of metrics) counts.set(metric.key, (counts.get(metric.key) ?? 0) + 1);
  const used = new Set<string>();
  return metrics.map((metric) => {
    let next = metric;
    if ((counts.get(metric.key) ?? 0) > 1) {
      next = { ...metric, key: `custom:${customSlug(metric.sourceName)}` };
      if (next.directionFrom === 'catalog') next.directionFrom = 'known-name';
    }
    let key = next.key;
    for (let suffix = 2; used.has(key); suffix += 1) key = `${next.key.slice(0, 37)}-${suffix}`;
    used.add(key);
    return key === next.key ? next : { ...next, key };
  });
}
