// Evaluation runs and the metric values each run recorded.

export interface EvalRunContext {
  model?: string;
  promptVersion?: string;
  datasetName?: string;
  datasetSize?: number;
  datasetSplit?: string;
  /** A commit hash or URL that pins what was measured. */
  commitOrUrl?: string;
  notes?: string;
}

export interface EvalRun {
  id: string;
  projectId: string;
  label: string;
  ranOn: string;
  context: EvalRunContext;
  baselineRunId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface Metric {
  id: string;
  runId: string;
  projectId: string;
  /** A catalog key (`recall_at_k`) or `custom:<name>`. */
  key: string;
  value: number;
  /** For @k metrics. */
  k?: number;
  /** Only for custom metrics. */
  unit?: string;
  direction?: 'higher' | 'lower';
}
