// The one desktop contract: payload schemas, result types and the DesktopApi both editions implement.
import { z } from 'zod';
import {
  type LlmEvent,
  type LlmRequest,
  type LlmSettings,
  type LlmSettingsUpdate,
  type LocalLlmSearch,
  llmCancelSchema,
  llmRequestSchema,
  llmSettingsUpdateSchema,
} from '../llm/contract';
import type { Result } from '../result';
import { describeSize } from '../text/describe-size';
import { type CohortDesktopApi, type CohortResponseMap, cohortRequestSchemas } from './cohort-contract';
import type { FileKind } from './file-kinds';
import { maxFileChars } from './limits';

export { maxFileChars };

function hasUnsafeFileNameChars(name: string): boolean {
  for (const char of name) {
    if (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char)) return true;
  }
  return false;
}

const fileName = z
  .string()
  .min(1, 'a file name is required')
  .max(200, 'the file name is longer than 200 characters')
  .refine((name) => !hasUnsafeFileNameChars(name) && name !== '.' && name !== '..', {
    message: 'the file name may not contain path separators or control characters',
  });

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileName,
  content: z.string().max(maxFileChars, `the file is larger than ${describeSize(maxFileChars)}`),
  filters: z.array(fileFilterSchema).max(5).default([]),
});

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(5).default([]),
});

export const writeBackupRequestSchema = z.strictObject({
  reason: z.enum(['daily', 'before-import', 'before-restore', 'before-migration', 'manual']),
  content: z
    .string()
    .min(2)
    .max(maxFileChars, `the backup is larger than ${describeSize(maxFileChars)}`),
});

/** "Print or save as PDF" in the desktop edition: the page, printed to a PDF file the person places. */
export const savePdfRequestSchema = z.strictObject({
  suggestedName: fileName.refine((name) => /\.pdf$/i.test(name), {
    message: 'the file name must end in .pdf',
  }),
});

export const emptyRequestSchema = z.strictObject({});

export const readBackupRequestSchema = z.strictObject({ fileName: z.string().min(1).max(200) });

export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
export type WriteBackupRequest = z.input<typeof writeBackupRequestSchema>;
export type SavePdfRequest = z.input<typeof savePdfRequestSchema>;

export interface AppInfo {
  name: string;
  version: string;
  /** `desktop` when running inside Electron, `browser` for the browser edition. */
  edition: 'desktop' | 'browser';
  dataDir: string;
  /** Where the browser edition keeps secrets and why; absent in Electron. */
  secretStorageNote?: string;
  /** The browser edition's address (`http://127.0.0.1:PORT`): the browser keeps the data under it. */
  origin?: string;
  /** Set when this start had to use another address than the last one, saying where the data went. */
  originWarning?: string;
}

export interface SavedFile {
  /** False when the person cancelled the save dialog. */
  saved: boolean;
  path?: string;
}

export interface OpenedFile {
  name: string;
  content: string;
}

/** One text file inside a picked folder, by its `/`-separated path from the folder's parent. */
export interface FolderFile {
  /** `mlruns/1/<run id>/metrics/accuracy` for a folder named `mlruns`. */
  relativePath: string;
  text: string;
}

/** A folder the person picked (an MLflow `mlruns/` store): its name and its text files. */
export interface OpenedFolder {
  name: string;
  files: FolderFile[];
}

/** A file the operating system asked the app to open; `problem` says why it could not be read. */
export type FileOpenedByOs =
  | { name: string; kind: FileKind; content: string }
  | { name: string; kind: FileKind; problem: string };

export interface BackupInfo {
  fileName: string;
  reason: string;
  createdAt: string;
  bytes: number;
}

/**
 * One channel's answer. The channel rides along as a type-only tag, so a method wired to another channel
 * fails to compile even where two channels answer with the same shape.
 */
export type Answer<K extends keyof ResponseMap> = Result<ResponseMap[K]> & { readonly __channel?: K };

/** What each channel takes from the page, before its schema fills defaults. */
export type RequestInputMap = { [K in keyof typeof requestSchemas]: z.input<(typeof requestSchemas)[K]> };

/** The one way either edition reaches the desktop side: typed by channel, payload and answer. */
export type Invoke = <K extends keyof ResponseMap>(
  channel: K,
  payload: RequestInputMap[K],
) => Promise<Answer<K>>;

/** What the renderer may ask of the desktop. One method per capability; nothing generic. */
export interface DesktopApi extends CohortDesktopApi {
  getAppInfo(): Promise<Answer<'app:get-info'>>;
  saveFile(request: SaveFileRequest): Promise<Answer<'files:save-file'>>;
  /** Resolves to `null` inside `value` when the person cancels. */
  openFile(request: OpenFileRequest): Promise<Answer<'files:open-file'>>;
  /** Asks for a folder and reads its text files (model artifacts skipped); `null` inside `value` on cancel. */
  openFolder(): Promise<Answer<'files:open-folder'>>;
  writeBackup(request: WriteBackupRequest): Promise<Answer<'backups:write-backup'>>;
  listBackups(): Promise<Answer<'backups:list-backups'>>;
  /** The content of one backup, for a restore. */
  readBackup(fileName: string): Promise<Answer<'backups:read-backup'>>;
  getLlmSettings(): Promise<Answer<'llm:get-settings'>>;
  saveLlmSettings(update: LlmSettingsUpdate): Promise<Answer<'llm:save-settings'>>;
  /**
   * Starts one LLM request under the id the page chose; its events arrive through onLlmEvent until a
   * `done` or `error`. Subscribe before starting: events may come before this resolves.
   */
  startLlm(request: LlmRequest): Promise<Answer<'llm:start'>>;
  cancelLlm(requestId: string): Promise<Answer<'llm:cancel'>>;
  /** Looks for an Anthropic-compatible server on this machine's usual local ports. */
  findLocalLlm(): Promise<Answer<'llm:find-local'>>;
  /** Subscribes to LLM events; returns the unsubscribe function. */
  onLlmEvent(listener: (event: LlmEvent) => void): () => void;
  /**
   * Prints the asking page to a PDF where the person chooses (desktop edition; Electron's print preview has
   * no "Save as PDF"). The browser edition answers `unsupported`: its own print dialog saves PDFs.
   */
  savePageAsPdf(request: SavePdfRequest): Promise<Answer<'files:save-pdf'>>;
  /** Files double-clicked or passed on the command line since the last call; each is returned once. */
  takeOpenedFiles(): Promise<Answer<'files:take-opened'>>;
  /** Called when more files arrive while the app runs (desktop only); returns the unsubscribe function. */
  onFilesOpened(listener: () => void): () => void;
}

/** Request schema and response type per channel; handlers on both sides are typed from this. */
export const requestSchemas = {
  'app:get-info': emptyRequestSchema,
  'files:save-file': saveFileRequestSchema,
  'files:open-file': openFileRequestSchema,
  'files:open-folder': emptyRequestSchema,
  'backups:write-backup': writeBackupRequestSchema,
  'backups:list-backups': emptyRequestSchema,
  'backups:read-backup': readBackupRequestSchema,
  'llm:get-settings': emptyRequestSchema,
  'llm:save-settings': llmSettingsUpdateSchema,
  'llm:start': llmRequestSchema,
  'llm:cancel': llmCancelSchema,
  'llm:find-local': emptyRequestSchema,
  'files:take-opened': emptyRequestSchema,
  'files:save-pdf': savePdfRequestSchema,
  ...cohortRequestSchemas,
} as const;

export interface ResponseMap extends CohortResponseMap {
  'app:get-info': AppInfo;
  'files:save-file': SavedFile;
  'files:open-file': OpenedFile | null;
  'files:open-folder': OpenedFolder | null;
  'backups:write-backup': BackupInfo;
  'backups:list-backups': BackupInfo[];
  'backups:read-backup': string;
  'llm:get-settings': LlmSettings;
  'llm:save-settings': LlmSettings;
  'llm:start': { requestId: string };
  'llm:cancel': undefined;
  'llm:find-local': LocalLlmSearch;
  'files:take-opened': FileOpenedByOs[];
  'files:save-pdf': SavedFile;
}

/** Payloads of the pushes from the desktop side. */
export interface PushMap {
  'main:llm-event': LlmEvent;
  'main:files-opened': undefined;
}

export type RequestMap = { [K in keyof typeof requestSchemas]: z.output<(typeof requestSchemas)[K]> };
