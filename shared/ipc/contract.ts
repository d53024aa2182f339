// The one desktop contract: payload schemas, result types and the DesktopApi both editions implement.
import { z } from 'zod';
import {
  type LlmEvent,
  type LlmRequest,
  type LlmSettings,
  type LlmSettingsUpdate,
  llmCancelSchema,
  llmRequestSchema,
  llmSettingsUpdateSchema,
} from '../llm/contract';
import type { Result } from '../result';
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
  content: z.string().max(maxFileChars, 'the file is larger than 64 MB'),
  filters: z.array(fileFilterSchema).max(5).default([]),
});

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(5).default([]),
});

export const writeBackupRequestSchema = z.strictObject({
  reason: z.enum(['daily', 'before-import', 'before-restore', 'before-migration', 'manual']),
  content: z.string().min(2).max(maxFileChars, 'the backup is larger than 64 MB'),
});

export const emptyRequestSchema = z.strictObject({});

export const readBackupRequestSchema = z.strictObject({ fileName: z.string().min(1).max(200) });

export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
export type WriteBackupRequest = z.input<typeof writeBackupRequestSchema>;

export interface AppInfo {
  name: string;
  version: string;
  /** `desktop` when running inside Electron, `browser` for the browser edition. */
  edition: 'desktop' | 'browser';
  dataDir: string;
  /** Where the browser edition keeps secrets and why; absent in Electron. */
  secretStorageNote?: string;
}
  /** The browser edition's address (`http://127.0.0.1:PORT`): the browser keeps the data under it. */
  origin?: string;
  /** Set when this start had to use another address than the last one, saying where the data went. */
  originWarning?: string;

export interface SavedFile {
  /** False when the person cancelled the save dialog. */
  saved: boolean;
  path?: string;
}

export interface OpenedFile {
  name: string;
  content: string;
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

/** What the renderer may ask of the desktop. One method per capability; nothing generic. */
export interface DesktopApi {
  getAppInfo(): Promise<Result<AppInfo>>;
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile>>;
  /** Resolves to `null` inside `value` when the person cancels. */
  openFile(request: OpenFileRequest): Promise<Result<OpenedFile | null>>;
  writeBackup(request: WriteBackupRequest): Promise<Result<BackupInfo>>;
  listBackups(): Promise<Result<BackupInfo[]>>;
  /** The content of one backup, for a restore. */
  readBackup(fileName: string): Promise<Result<string>>;
  getLlmSettings(): Promise<Result<LlmSettings>>;
  saveLlmSettings(update: LlmSettingsUpdate): Promise<Result<LlmSettings>>;
  /** Starts one LLM request; its events arrive through onLlmEvent until a `done` or `error`. */
  startLlm(request: LlmRequest): Promise<Result<{ requestId: string }>>;
  cancelLlm(requestId: string): Promise<Result<void>>;
  /** Subscribes to LLM events; returns the unsubscribe function. */
  onLlmEvent(listener: (event: LlmEvent) => void): () => void;
  /** Files double-clicked or passed on the command line since the last call; each is returned once. */
  takeOpenedFiles(): Promise<Result<FileOpenedByOs[]>>;
  /** Called when more files arrive while the app runs (desktop only); returns the unsubscribe function. */
  onFilesOpened(listener: () => void): () => void;
}

/** Request schema and response type per channel; handlers on both sides are typed from this. */
export const requestSchemas = {
  'app:get-info': emptyRequestSchema,
  'files:save-file': saveFileRequestSchema,
  'files:open-file': openFileRequestSchema,
  'backups:write-backup': writeBackupRequestSchema,
  'backups:list-backups': emptyRequestSchema,
  'backups:read-backup': readBackupRequestSchema,
  'llm:get-settings': emptyRequestSchema,
  'llm:save-settings': llmSettingsUpdateSchema,
  'llm:start': llmRequestSchema,
  'llm:cancel': llmCancelSchema,
  'files:take-opened': emptyRequestSchema,
} as const;

export interface ResponseMap {
  'app:get-info': AppInfo;
  'files:save-file': SavedFile;
  'files:open-file': OpenedFile | null;
  'backups:write-backup': BackupInfo;
  'backups:list-backups': BackupInfo[];
  'backups:read-backup': string;
  'llm:get-settings': LlmSettings;
  'llm:save-settings': LlmSettings;
  'llm:start': { requestId: string };
  'llm:cancel': undefined;
  'files:take-opened': FileOpenedByOs[];
}

/** Payloads of the pushes from the desktop side. */
export interface PushMap {
  'main:llm-event': LlmEvent;
  'main:files-opened': undefined;
}

export type RequestMap = { [K in keyof typeof requestSchemas]: z.output<(typeof requestSchemas)[K]> };
