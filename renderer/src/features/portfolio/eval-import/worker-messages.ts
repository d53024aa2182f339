// The messages between the page and the eval-file worker.
import type { EvalInput } from '../../../../../shared/eval-import/import-eval';
import type { EvalImportResult } from '../../../../../shared/eval-import/types';

export interface WorkerRequest {
  inputs: EvalInput[];
}

export type WorkerReply =
  | { type: 'started'; index: number; name: string }
  | { type: 'finished'; index: number; result: EvalImportResult }
  | { type: 'done' };

/** One picked file or folder and what the importer made of it. */
export interface FileOutcome {
  name: string;
  result: EvalImportResult;
}

/** How far the reading has got, for the progress line. */
export interface ParseProgress {
  done: number;
  total: number;
  /** The file being read now. */
  current?: string | undefined;
}

export type ParseFiles = (
  inputs: EvalInput[],
  onProgress: (progress: ParseProgress) => void,
) => Promise<FileOutcome[]>;
