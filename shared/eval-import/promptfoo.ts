// Reads promptfoo `-o results.json` (`results.version` 2 and 3): one run per prompt × provider, with pass,
// failure and error counts kept apart, latency percentiles, cost, tokens, and means (never sums) of scores.
import { metricRow } from './metric-names';
import { isoFromText, isPlainRecord, own, ownRecord, readMeasured, readText } from './read-value';
import { emptyRun, type ImportedMetric, type ImportedRun, type ParsedEvalFile, refuse } from './types';

const tool = 'promptfoo';
const errorReason = 2;

/** True for the top level promptfoo writes: a `results` object holding a `results` list, plus `config`. */
export function looksLikePromptfoo(doc: unknown): boolean {
  if (!isPlainRecord(doc)) return false;
  const results = ownRecord(doc, 'results');
  return (
    results !== undefined &&
    Array.isArray(own(results, 'results')) &&
    (own(doc, 'evalId') !== undefined ||
      own(doc, 'shareableUrl') !== undefined ||
      own(doc, 'config') !== undefined)
  );
}

type Outcome = 'pass' | 'fail' | 'error';

/** Classified by `failureReason` (version 3); `error` alone is not enough, it also holds assertion reasons. */
function outcomeOf(result: Record<string, unknown>): Outcome {
  if (own(result, 'success') === true) return 'pass';
  const reason = own(result, 'failureReason');
  if (typeof reason === 'number') return reason === errorReason ? 'error' : 'fail';
  const graded = own(result, 'gradingResult');
  const response = ownRecord(result, 'response');
  const errored = own(result, 'error') !== undefined || (response && own(response, 'error') !== undefined);
  return !isPlainRecord(graded) && errored ? 'error' : 'fail';
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1));
  return sorted[index] ?? 0;
}

interface Group {
  results: Record<string, unknown>[];
  indexes: number[];
  prompt?: Record<string, unknown> | undefined;
}

function groupKey(result: Record<string, unknown>): string {
  const index = own(result, 'promptIdx');
  if (typeof index === 'number' && Number.isInteger(index)) return `#${index}`;
  const provider = own(result, 'provider');
  const providerId = isPlainRecord(provider) ? readText(own(provider, 'id')) : readText(provider);
  const prompt = ownRecord(result, 'prompt') ?? {};
  return `${providerId ?? ''}\u0000${readText(own(prompt, 'label')) ?? readText(own(prompt, 'raw')) ?? ''}`;
}

function providerOf(result: Record<string, unknown>, prompt?: Record<string, unknown>): string | undefined {
  const provider = own(result, 'provider');
  if (isPlainRecord(provider)) return readText(own(provider, 'label')) ?? readText(own(provider, 'id'));
  return readText(provider) ?? (prompt ? readText(own(prompt, 'provider')) : undefined);
}

function promptLabel(result: Record<string, unknown>, prompt?: Record<string, unknown>): string | undefined {
  const fromResult = ownRecord(result, 'prompt') ?? {};
  for (const source of [prompt ?? {}, fromResult]) {
    const label = readText(own(source, 'label')) ?? readText(own(source, 'display'));
    if (label) return readText(label, 80);
  }
  return readText(own(fromResult, 'raw'), 80);
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function groupRun(
  group: Group,
  context: { date?: string | undefined; dataset?: string | undefined },
): ImportedRun {
  const first = group.results[0] ?? {};
  const model = providerOf(first, group.prompt);
  const label = promptLabel(first, group.prompt);
  const run = emptyRun([label, model].filter(Boolean).join(' · ') || 'promptfoo run');
  const counts: Record<Outcome, number> = { pass: 0, fail: 0, error: 0 };
  const latencies: number[] = [];
  const costs: number[] = [];
  const tokens: number[] = [];
  const scores: number[] = [];
  const named = new Map<string, number[]>();
  const testIndexes = new Set<number>();
  group.results.forEach((result, position) => {
    const where = `results.results[${group.indexes[position]}]`;
    counts[outcomeOf(result)] += 1;
    const testIdx = own(result, 'testIdx') ?? own(result, 'testCaseIdx');
    if (typeof testIdx === 'number') testIndexes.add(testIdx);
    const latency = readMeasured(own(result, 'latencyMs'));
    if (latency.ok && latency.value >= 0) latencies.push(latency.value);
    const cost = readMeasured(own(result, 'cost'));
    if (cost.ok && cost.value >= 0) costs.push(cost.value);
    const usage =
      ownRecord(result, 'tokenUsage') ?? ownRecord(ownRecord(result, 'response') ?? {}, 'tokenUsage');
    const total = usage ? readMeasured(own(usage, 'total')) : undefined;
    if (total?.ok && total.value >= 0) tokens.push(total.value);
    if (Object.hasOwn(result, 'score')) {
      const score = readMeasured(own(result, 'score'));
      if (score.ok) scores.push(score.value);
      else run.notMeasured.push({ field: `${where}.score`, reason: score.reason });
    }
    for (const [name, value] of Object.entries(ownRecord(result, 'namedScores') ?? {})) {
      const reading = readMeasured(value);
      if (!reading.ok) {
        run.notMeasured.push({ field: `${where}.namedScores["${name}"]`, reason: reading.reason });
        continue;
      }
      const list = named.get(name) ?? [];
      list.push(reading.value);
      named.set(name, list);
    }
  });
  const n = group.results.length;
  const metrics: ImportedMetric[] = [
    metricRow('pass rate (tests passed / all tests)', counts.pass / n, {
      lookupName: 'pass_rate',
      sampleCount: n,
    }),
    metricRow('error rate (tests errored / all tests)', counts.error / n, {
      lookupName: 'error_rate',
      sampleCount: n,
    }),
  ];
  if (latencies.length > 0) {
    const sorted = [...latencies].sort((a, b) => a - b);
    for (const [key, fraction] of [
      ['latency_p50_ms', 0.5],
      ['latency_p95_ms', 0.95],
    ] as const) {
      metrics.push({
        key,
        sourceName: `latencyMs, ${fraction * 100}th percentile`,
        value: percentile(sorted, fraction),
        sampleCount: sorted.length,
        direction: 'lower',
        directionFrom: 'catalog',
      });
    }
  }
  if (costs.some((cost) => cost > 0)) {
    metrics.push({
      key: 'cost_per_1k_requests_usd',
      sourceName: 'cost (USD) per 1,000 results',
      value: (costs.reduce((sum, cost) => sum + cost, 0) / costs.length) * 1000,
      sampleCount: costs.length,
      direction: 'lower',
      directionFrom: 'catalog',
    });
  }
  if (tokens.some((count) => count > 0)) {
    metrics.push({
      key: 'tokens_per_request',
      sourceName: 'tokenUsage.total per result',
      value: mean(tokens),
      sampleCount: tokens.length,
      direction: 'lower',
      directionFrom: 'catalog',
    });
  }
  if (scores.length > 0)
    metrics.push(
      metricRow('score (mean per test)', mean(scores), {
        customName: 'score',
        unit: 'score',
        sampleCount: scores.length,
      }),
    );
  for (const [name, values] of named)
    metrics.push(
      metricRow(`namedScores.${name} (mean per test)`, mean(values), {
        customName: name,
        unit: 'score',
        sampleCount: values.length,
      }),
    );
  run.metrics = metrics;
  run.context = {
    model,
    promptVersion: label,
    datasetName: context.dataset,
    datasetSize: testIndexes.size > 0 ? testIndexes.size : n,
    date: context.date,
  };
  run.notes.push(`${counts.pass} passed, ${counts.fail} failed, ${counts.error} errored.`);
  return run;
}

/** Parses a promptfoo output file already read as JSON. */
export function parsePromptfoo(doc: unknown): ParsedEvalFile {
  if (!isPlainRecord(doc)) return refuse('file', `this is not a ${tool} output file (not a JSON object).`);
  const summary = ownRecord(doc, 'results');
  const toolVersion = readText(own(ownRecord(doc, 'metadata') ?? {}, 'promptfooVersion'));
  const named = toolVersion ? `${tool} ${toolVersion}` : tool;
  if (!summary)
    return refuse('results', `this looks like a ${named} output file but has no "results" object.`);
  const version = own(summary, 'version');
  if (version !== 2 && version !== 3)
    return refuse(
      'results.version',
      version === undefined
        ? `this looks like a ${named} output file but has no "results.version".`
        : `${named} results version ${readText(version) ?? 'of another kind'} is not one ShipReady knows; it reads versions 2 and 3.`,
    );
  const list = own(summary, 'results');
  if (!Array.isArray(list))
    return refuse(
      'results.results',
      `this ${named} file (results version ${version}) has no "results.results" list.`,
    );
  const prompts = own(summary, 'prompts');
  const tablePrompts = own(ownRecord(ownRecord(summary, 'table') ?? {}, 'head') ?? {}, 'prompts');
  const promptList = (
    Array.isArray(prompts) ? prompts : Array.isArray(tablePrompts) ? tablePrompts : []
  ).filter(isPlainRecord);
  const groups = new Map<string, Group>();
  const leftOut = [];
  for (let index = 0; index < list.length; index += 1) {
    const result = list[index];
    if (!isPlainRecord(result)) {
      leftOut.push({ field: `results.results[${index}]`, reason: 'is not a result object.' });
      continue;
    }
    const key = groupKey(result);
    const group = groups.get(key) ?? { results: [], indexes: [] };
    if (!group.prompt && key.startsWith('#')) group.prompt = promptList[Number(key.slice(1))];
    group.results.push(result);
    group.indexes.push(index);
    groups.set(key, group);
  }
  if (groups.size === 0) return refuse('results.results', `this ${named} file has no test results.`);
  const config = ownRecord(doc, 'config') ?? {};
  const context = {
    date: isoFromText(own(summary, 'timestamp')),
    dataset: readText(own(config, 'description')) ?? readText(own(config, 'tests')),
  };
  return {
    ok: true,
    toolVersion,
    formatVersion: String(version),
    runs: [...groups.values()].map((group) => groupRun(group, context)),
    leftOut,
  };
}
