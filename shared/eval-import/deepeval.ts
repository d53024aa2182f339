// Reads DeepEval test-run JSON (`test_run_*.json`, `.deepeval/.latest_test_run.json`): one run, the mean of
// each metric's scores with its errors counted, the pass rate, and the judge's cost kept apart from the system's.
import { metricRow } from './metric-names';
import { isPlainRecord, own, ownRecord, readMeasured, readText, safeIso } from './read-value';
import { emptyRun, type ImportedMetric, type ParsedEvalFile, refuse } from './types';

const tool = 'DeepEval';

/** `.deepeval/.deepeval` holds API keys: it is refused by name and its bytes are never read. */
export function isDeepEvalKeyFile(fileName: string): boolean {
  const normalized = fileName.replaceAll('\\', '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  return base === '.deepeval';
}

export function looksLikeDeepEval(doc: unknown): boolean {
  if (!isPlainRecord(doc)) return false;
  const inner = ownRecord(doc, 'testRunData');
  if (inner || (Object.keys(doc).length === 1 && own(doc, 'testRunLink') !== undefined)) return true;
  return (
    Array.isArray(own(doc, 'testCases')) &&
    (own(doc, 'metricsScores') !== undefined || own(doc, 'testPassed') !== undefined)
  );
}

/** `test_run_20260301_142233.json` or the older extensionless `20260301_142233`: the stamp, read as UTC. */
export function dateFromDeepEvalName(fileName: string): string | undefined {
  const match = /(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})/.exec(fileName);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h ?? 0, mi ?? 0, s ?? 0);
  const iso = safeIso(ms);
  return iso && new Date(ms).getUTCMonth() === mo - 1 ? iso : undefined;
}

function scoresFromTestCases(cases: unknown[]): Map<string, { scores: number[]; errors: number }> {
  const byName = new Map<string, { scores: number[]; errors: number }>();
  for (const testCase of cases) {
    if (!isPlainRecord(testCase)) continue;
    const data = own(testCase, 'metricsData') ?? own(testCase, 'metricsMetadata');
    if (!Array.isArray(data)) continue;
    for (const metric of data) {
      if (!isPlainRecord(metric)) continue;
      const name = readText(own(metric, 'name')) ?? readText(own(metric, 'metric'));
      if (!name) continue;
      const entry = byName.get(name) ?? { scores: [], errors: 0 };
      const score = readMeasured(own(metric, 'score'));
      if (score.ok) entry.scores.push(score.value);
      else entry.errors += 1;
      byName.set(name, entry);
    }
  }
  return byName;
}

/** Parses a DeepEval test run already read as JSON; `fileName` supplies the date, which the file lacks. */
export function parseDeepEval(doc: unknown, fileName: string): ParsedEvalFile {
  if (!isPlainRecord(doc)) return refuse('file', `this is not a ${tool} test run (not a JSON object).`);
  const wrapped = ownRecord(doc, 'testRunData');
  if (!wrapped && own(doc, 'testRunLink') !== undefined)
    return refuse(
      'testRunData',
      `this ${tool} file holds only a link to a run uploaded to Confident AI ("testRunLink"), not the run itself.`,
    );
  const run0 = wrapped ?? doc;
  const cases = own(run0, 'testCases');
  if (!Array.isArray(cases))
    return refuse('testCases', `this looks like a ${tool} test run but has no "testCases" list.`);
  const conversational = own(run0, 'conversationalTestCases');
  const allCases = [...cases, ...(Array.isArray(conversational) ? conversational : [])];
  const hyper = ownRecord(run0, 'hyperparameters') ?? {};
  const model = readText(own(hyper, 'model')) ?? readText(own(run0, 'model'));
  const run = emptyRun(model ? `DeepEval · ${model}` : 'DeepEval test run');
  const prompts = own(run0, 'prompts');
  const firstPrompt = Array.isArray(prompts) && isPlainRecord(prompts[0]) ? prompts[0] : undefined;
  run.context = {
    model,
    promptVersion:
      readText(own(hyper, 'prompt template')) ??
      (firstPrompt
        ? [readText(own(firstPrompt, 'alias')), readText(own(firstPrompt, 'version'))]
            .filter(Boolean)
            .join(' v')
        : undefined),
    datasetName: readText(own(run0, 'datasetAlias')),
    datasetSize: allCases.length,
    date: dateFromDeepEvalName(fileName),
  };
  const metrics: ImportedMetric[] = [];
  const scores = own(run0, 'metricsScores');
  const fromCases = scoresFromTestCases(allCases);
  const summaries = Array.isArray(scores) ? scores.filter(isPlainRecord) : [];
  const named =
    summaries.length > 0
      ? summaries.map((summary, index) => {
          const list = own(summary, 'scores');
          const values: number[] = [];
          if (Array.isArray(list))
            list.forEach((value, position) => {
              const reading = readMeasured(value);
              if (reading.ok) values.push(reading.value);
              else
                run.notMeasured.push({
                  field: `metricsScores[${index}].scores[${position}]`,
                  reason: reading.reason,
                });
            });
          const errors = readMeasured(own(summary, 'errors'));
          return {
            name: readText(own(summary, 'metric')) ?? `metric ${index + 1}`,
            values,
            errors: errors.ok ? errors.value : 0,
          };
        })
      : [...fromCases].map(([name, entry]) => ({ name, values: entry.scores, errors: entry.errors }));
  for (const { name, values, errors } of named) {
    if (values.length === 0) {
      run.notMeasured.push({
        field: `metric "${name}"`,
        reason: 'has no score on any test case: not measured.',
      });
      continue;
    }
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    metrics.push(
      metricRow(name, mean, { customName: name.replace(/\[geval\]/i, 'geval'), sampleCount: values.length }),
    );
    if (errors > 0)
      run.notes.push(
        `${name}: ${errors} test case${errors === 1 ? '' : 's'} errored and ${errors === 1 ? 'is' : 'are'} not in the mean.`,
      );
  }
  const passed = readMeasured(own(run0, 'testPassed'));
  const failed = readMeasured(own(run0, 'testFailed'));
  if (passed.ok && failed.ok && passed.value + failed.value > 0) {
    metrics.push(
      metricRow('testPassed / (testPassed + testFailed)', passed.value / (passed.value + failed.value), {
        lookupName: 'pass_rate',
        sampleCount: passed.value + failed.value,
      }),
    );
  }
  run.metrics = metrics;
  const judgeCost = readMeasured(own(run0, 'evaluationCost'));
  if (judgeCost.ok && judgeCost.value > 0)
    run.notes.push(
      `The judge model cost $${judgeCost.value.toFixed(4)} ("evaluationCost"); that is the cost of grading, not of the system under test, so it is not stored as a metric.`,
    );
  if (run.context.date)
    run.notes.push('The date comes from the file name, in the local time of the machine that ran it.');
  return { ok: true, formatVersion: wrapped ? 'testRunData wrapper' : 'test run', runs: [run], leftOut: [] };
}
