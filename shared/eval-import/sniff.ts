// Picks the parser for a file from its content (ZIP members, JSON shape, CSV header); the file name only
// breaks ties. Says in a sentence why it picked what it picked.
import { describeDialect, parseCsvWithDialect } from '../portfolio/csv';
import { decodeText } from '../text/decode-text';
import { isDeepEvalKeyFile, looksLikeDeepEval } from './deepeval';
import { looksLikeInspectLog } from './inspect';
import { lmEvalKeyStyle } from './lm-eval';
import { looksLikeMlflowCsv } from './mlflow-csv';
import { looksLikePromptfoo } from './promptfoo';
import { looksLikeRagas } from './ragas';
import { isPlainRecord, own } from './read-value';
import { parseJsonTolerant } from './tolerant-json';
import { isZip } from './zip';

export type EvalFormat =
  | 'inspect-eval'
  | 'inspect-json'
  | 'promptfoo'
  | 'lm-eval'
  | 'deepeval'
  | 'mlflow-csv'
  | 'ragas-csv';

export type Sniffed =
  | { kind: 'zip'; format: 'inspect-eval'; reason: string }
  | { kind: 'json'; format: EvalFormat; reason: string; doc: unknown }
  | { kind: 'csv'; format: 'mlflow-csv' | 'ragas-csv'; reason: string; headers: string[]; rows: string[][] }
  | { kind: 'unknown'; field: string; message: string };

/** The largest file accepted; a 50 MB promptfoo file is a normal size, hundreds of MB is not. */
export const maxEvalFileBytes = 512 * 1024 * 1024;
/** Rows read from an eval-tool CSV. */
export const maxEvalCsvRows = 200_000;

const namePatterns: Record<EvalFormat, RegExp> = {
  'inspect-eval': /\.eval$/i,
  'inspect-json': /\d{4}-\d{2}-\d{2}T\d{2}[:-]\d{2}[:-]\d{2}.*_.*\.json$/i,
  promptfoo: /\.json$/i,
  'lm-eval': /(^|\/)results(_[^/]*)?\.json$/i,
  deepeval: /(test_run_\d{8}_\d{6}.*\.json|\.latest_test_run\.json|(^|\/)\d{8}_\d{6})$/i,
  'mlflow-csv': /\.csv$/i,
  'ragas-csv': /\.csv$/i,
};

const jsonDetectors: { format: EvalFormat; test: (doc: unknown) => boolean; reason: string }[] = [
  {
    format: 'inspect-json',
    test: looksLikeInspectLog,
    reason:
      'it is JSON with an Inspect log version, a status and an "eval" section naming the task and model',
  },
  {
    format: 'promptfoo',
    test: looksLikePromptfoo,
    reason:
      'it is JSON with a "results" object holding a "results" list, and promptfoo\'s "config" or "evalId"',
  },
  {
    format: 'lm-eval',
    test: (doc) =>
      isPlainRecord(doc) &&
      lmEvalKeyStyle(doc) !== null &&
      (own(doc, 'configs') !== undefined ||
        own(doc, 'n-shot') !== undefined ||
        own(doc, 'versions') !== undefined ||
        own(doc, 'lm_eval_version') !== undefined),
    reason:
      'it is JSON with a "results" object of tasks and lm-evaluation-harness\'s "versions", "configs" or "n-shot"',
  },
  {
    format: 'deepeval',
    test: looksLikeDeepEval,
    reason: 'it is JSON with DeepEval\'s "testCases" and "metricsScores" (or a "testRunData" wrapper)',
  },
];

/** Looks at a file and says which tool wrote it, or why it cannot tell. Never throws. */
export function sniffEvalFile(name: string, bytes: Uint8Array): Sniffed {
  if (isDeepEvalKeyFile(name))
    return {
      kind: 'unknown',
      field: 'file',
      message:
        '".deepeval/.deepeval" holds DeepEval\'s API keys, so ShipReady does not open it; pick a test_run_*.json file instead.',
    };
  if (bytes.length === 0) return { kind: 'unknown', field: 'file', message: 'the file is empty.' };
  if (bytes.length > maxEvalFileBytes)
    return {
      kind: 'unknown',
      field: 'file',
      message: `the file is larger than ${maxEvalFileBytes / 1024 / 1024} MB, more than any eval tool's results file.`,
    };
  if (isZip(bytes))
    return {
      kind: 'zip',
      format: 'inspect-eval',
      reason: 'it is a ZIP archive, as Inspect AI writes its .eval logs',
    };
  const { text, encoding } = decodeText(bytes);
  const start = text.trimStart().charAt(0);
  if (start === '{' || start === '[') {
    const parsed = parseJsonTolerant(text);
    if (!parsed.ok)
      return {
        kind: 'unknown',
        field: 'file',
        message: `the file starts like JSON but cannot be read (${parsed.message}).`,
      };
    const matches = jsonDetectors.filter((detector) => detector.test(parsed.value));
    const chosen = matches.find((detector) => namePatterns[detector.format].test(name)) ?? matches[0];
    if (!chosen)
      return {
        kind: 'unknown',
        field: 'file',
        message:
          'this JSON is not a results file of lm-evaluation-harness, Inspect AI, promptfoo or DeepEval; use the column mapper for other files.',
      };
    return { kind: 'json', format: chosen.format, reason: chosen.reason, doc: parsed.value };
  }
  const table = parseCsvWithDialect(text, maxEvalCsvRows);
  if (!table.ok) {
    const first = table.problems[0];
    return {
      kind: 'unknown',
      field: first?.field ?? 'file',
      message: `this is neither JSON, a ZIP nor a readable CSV (${first?.message ?? 'unreadable'}).`,
    };
  }
  const { headers, rows, dialect } = table.value;
  const how = `${describeDialect(dialect)}${encoding === 'utf-8' ? '' : `, ${encoding.toUpperCase()}`}`;
  if (looksLikeMlflowCsv(headers))
    return {
      kind: 'csv',
      format: 'mlflow-csv',
      reason: `it is a CSV (${how}) with MLflow's "run_id" and "metrics.*" columns`,
      headers,
      rows,
    };
  if (looksLikeRagas(headers))
    return {
      kind: 'csv',
      format: 'ragas-csv',
      reason: `it is a CSV (${how}) with a question column, an answer column and Ragas metric columns`,
      headers,
      rows,
    };
  return {
    kind: 'unknown',
    field: 'header',
    message: `this CSV (${how}) has neither MLflow's "run_id" and "metrics.*" columns nor Ragas's question, answer and metric columns; use the column mapper for it.`,
  };
}
