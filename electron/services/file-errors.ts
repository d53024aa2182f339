// Turns a file system error into a sentence that names its cause and what the person can do about it.
import type { ResponseMap } from '../../shared/ipc/contract';

export interface FileProblem {
  code: string;
  message: string;
}

/** What each call was doing, in the person's words; never the channel's internal name. */
const subjects: Partial<Record<keyof ResponseMap, string>> = {
  'files:save-file': 'The file was not saved',
  'backups:write-backup': 'The backup was not written',
  'backups:list-backups': 'The backups could not be listed',
  'backups:read-backup': 'The backup could not be read',
  'llm:save-settings': 'The LLM settings were not saved',
};

const causes: Record<string, FileProblem> = {
  ENOSPC: { code: 'disk-full', message: 'the disk is full. Free some space, then try again' },
  EDQUOT: {
    code: 'quota-exceeded',
    message: 'your disk quota is used up. Delete some files or ask for a larger quota, then try again',
  },
  EROFS: {
    code: 'read-only',
    message:
      'the disk holding the data folder is read-only. Use "Download all my data" to keep a copy, then start ShipReady with a data folder on a writable disk',
  },
  EACCES: {
    code: 'permission-denied',
    message:
      'ShipReady is not allowed to use that folder. Choose another folder, or give your account access to it',
  },
  ENOTDIR: {
    code: 'not-a-folder',
    message: 'a file stands where a folder should be in the data folder. Move that file away, then try again',
  },
  EISDIR: {
    code: 'is-a-folder',
    message: 'a folder stands where the file should go. Choose another name, then try again',
  },
  EIO: {
    code: 'disk-error',
    message:
      'the disk reported a read or write error. Keep a copy elsewhere now ("Download all my data"), then check the disk',
  },
  ENOENT: { code: 'not-found', message: 'the file or folder is no longer there. Try again' },
  EMFILE: { code: 'too-many-files', message: 'too many files are open. Close some programs, then try again' },
  ENAMETOOLONG: { code: 'name-too-long', message: 'the path is too long. Choose a shorter name or folder' },
};
causes.EPERM = causes.EACCES as FileProblem;
causes.ENFILE = causes.EMFILE as FileProblem;

/** The cause of a file system error and what to do, as a clause to follow "…: " (no paths, no channels). */
export function fileErrorCause(error: unknown): FileProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = code ? causes[code] : undefined;
  if (cause) return cause;
  const named = code && /^E[A-Z]+$/.test(code) ? ` (${code})` : '';
  return { code: 'io-failed', message: `an unexpected error stopped it${named}. Try again` };
}

/** The problem for an error thrown by a call; `nothing was changed` holds because writes are atomic. */
export function describeFileError(channel: keyof ResponseMap, error: unknown): FileProblem {
  const subject = subjects[channel] ?? 'ShipReady could not finish';
  const cause = fileErrorCause(error);
  return { code: cause.code, message: `${subject}: ${cause.message}. Nothing was changed.` };
}
