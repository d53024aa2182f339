// Reads Ragas result CSVs (`to_pandas().to_csv()`, experiment CSVs): there is no schema, so a file is Ragas
// when it has a question column, an answer column and a known metric column; the run is each metric's mean.
import { metricRow } from './metric-names';
import { readMeasured } from './read-value';
import { emptyRun, type ImportedMetric, type ParsedEvalFile, refuse } from './types';

const questionColumns = ['user_input', 'question'];
const answerColumns = ['response', 'answer'];
const knownMetrics = new Set([
  'faithfulness',
  'answer_relevancy',
  'context_precision',
  'llm_context_precision_with_reference',
  'llm_context_precision_without_reference',
  'context_precision_with_reference',
  'non_llm_context_precision_with_reference',
  'context_recall',
  'llm_context_recall',
  'non_llm_context_recall',
  'context_entity_recall',
  'answer_correctness',
  'answer_similarity',
  'semantic_similarity',
  'factual_correctness',
  'noise_sensitivity',
  'context_relevance',
  'response_groundedness',
]);

/** `factual_correctness(mode=f1)` → `factual_correctness`; plain names stay. */
function baseName(header: string): string {
  return header.replace(/\(.*\)$/, '').trim();
}

export function ragasMetricColumns(headers: string[]): string[] {
  return headers.filter((header) => knownMetrics.has(baseName(header)));
}

export function looksLikeRagas(headers: string[]): boolean {
  return (
    headers.some((header) => questionColumns.includes(header)) &&
    headers.some((header) => answerColumns.includes(header)) &&
    ragasMetricColumns(headers).length > 0
  );
}

/** Parses a Ragas table already read from CSV. Every blank or NaN cell is named as not measured. */
export function parseRagas(headers: string[], rows: string[][]): ParsedEvalFile {
  const metricColumns = ragasMetricColumns(headers);
  if (metricColumns.length === 0)
    return refuse(
      'header',
      'this table has no Ragas metric column (faithfulness, answer_relevancy, context_precision…).',
    );
  if (rows.length === 0) return refuse('file', 'this Ragas table has a header but no rows.');
  const run = emptyRun('Ragas evaluation');
  const metrics: ImportedMetric[] = [];
  for (const header of metricColumns) {
    const at = headers.indexOf(header);
    const values: number[] = [];
    rows.forEach((cells, index) => {
      const reading = readMeasured(cells[at]);
      if (reading.ok) values.push(reading.value);
      else run.notMeasured.push({ field: `row ${index + 1}, column "${header}"`, reason: reading.reason });
    });
    const blanks = rows.length - values.length;
    if (values.length === 0) continue;
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const isMode = header !== baseName(header);
    const lowerIsBetter = baseName(header) === 'noise_sensitivity';
    metrics.push(
      metricRow(header, mean, {
        lookupName: isMode ? header : baseName(header),
        customName: header.replace(/\(mode=([^)]*)\)/, '-$1'),
        toolDirection: lowerIsBetter ? 'lower' : 'higher',
        sampleCount: values.length,
      }),
    );
    if (blanks > 0)
      run.notes.push(
        `${header}: the mean is of ${values.length} rows; ${blanks} ${blanks === 1 ? 'was' : 'were'} blank or NaN.`,
      );
  }
  run.metrics = metrics;
  run.context = { datasetSize: rows.length };
  run.notes.push('Ragas files name no model, dataset, split, commit or date: add them before importing.');
  return { ok: true, formatVersion: 'result CSV', runs: [run], leftOut: [] };
}
