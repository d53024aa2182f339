// The one shape every eval-tool parser returns: runs with their context and metric rows, and what was left out.
import type { FieldProblem } from '../portfolio/types';

export type EvalTool = 'lm-eval' | 'inspect' | 'promptfoo' | 'deepeval' | 'mlflow' | 'ragas';

export const toolNames: Record<EvalTool, string> = {
  'lm-eval': 'lm-evaluation-harness',
  inspect: 'Inspect AI',
  promptfoo: 'promptfoo',
  deepeval: 'DeepEval',
  mlflow: 'MLflow',
  ragas: 'Ragas',
};

/** One logged value of a metric with a history (MLflow logs a metric at several steps). */
export interface MetricPoint {
  step: number;
  /** Milliseconds since 1970 (UTC). */
  timestamp: number;
  value: number;
}

export interface ImportedMetric {
  /** A catalog key (`accuracy`) or `custom:<slug>`. */
  key: string;
  /** The name as the tool wrote it, e.g. `arc_easy/acc,none` or `Answer Relevancy`. */
  sourceName: string;
  value: number;
  /** How many samples the value is computed from, where the file says. */
  sampleCount?: number | undefined;
  /** The standard error the tool reported, never computed here. */
  stderr?: number | undefined;
  /** Which way is better: stated by the tool, else the catalog's; absent when neither says. */
  direction?: 'higher' | 'lower' | undefined;
  directionFrom?: 'tool' | 'catalog' | 'known-name' | undefined;
  /** Unit of a custom metric where the tool makes it clear (`score`, `ms`, `USD`). */
  unit?: string | undefined;
  history?: MetricPoint[] | undefined;
}

export interface ImportedRunContext {
  model?: string | undefined;
  promptVersion?: string | undefined;
  datasetName?: string | undefined;
  datasetSize?: number | undefined;
  datasetSplit?: string | undefined;
  commit?: string | undefined;
  /** Inspect records whether the working tree had uncommitted changes. */
  commitDirty?: boolean | undefined;
  /** ISO 8601 in UTC. */
  date?: string | undefined;
}

/** A value that was not stored, named by where it is in the file and why. */
export interface LeftOut {
  field: string;
  reason: string;
}

export interface ImportedRun {
  label: string;
  /** The tool's own status word: `success`, `cancelled`, `error`, `FINISHED`… */
  status?: string | undefined;
  context: ImportedRunContext;
  metrics: ImportedMetric[];
  /** Values that were NaN, Infinity, "N/A" or missing: not measured, never stored as numbers. */
  notMeasured: LeftOut[];
  /** Sentences the preview shows beside the run (a cancelled log, a judge's cost). */
  notes: string[];
}

export interface EvalSource {
  tool: EvalTool;
  toolVersion?: string | undefined;
  /** The file format's own version where it has one (`results.version` 3, Inspect log version 2). */
  formatVersion?: string | undefined;
  fileName: string;
  /** Lowercase hex sha256 of the file's bytes (for a folder: of its entries' paths and bytes). */
  sha256: string;
  /** Why the sniffer picked this parser, in a sentence. */
  detectedBy: string;
}

export interface EvalImport {
  source: EvalSource;
  runs: ImportedRun[];
  /** Parts of the file that were skipped as a whole (deleted MLflow runs, unreadable members). */
  leftOut: LeftOut[];
}

export type EvalImportResult = { ok: true; value: EvalImport } | { ok: false; problems: FieldProblem[] };

/** What a format parser returns before the file's name and hash are attached. */
export type ParsedEvalFile =
  | {
      ok: true;
      toolVersion?: string | undefined;
      formatVersion?: string | undefined;
      runs: ImportedRun[];
      leftOut: LeftOut[];
    }
  | { ok: false; problems: FieldProblem[] };

export const refuse = (field: string, message: string): { ok: false; problems: FieldProblem[] } => ({
  ok: false,
  problems: [{ field, message }],
});

export function emptyRun(label: string): ImportedRun {
  return { label, context: {}, metrics: [], notMeasured: [], notes: [] };
}
