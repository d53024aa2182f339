// Files the operating system asked ShipReady to open (double-click, "Open with", a path on the command line).
// Paths are queued as they arrive, even before the window exists; the page takes them when it is ready.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileOpenedByOs } from '../../shared/ipc/contract';
import { type FileKind, fileKindOf } from '../../shared/ipc/file-kinds';
import { maxFileChars } from '../../shared/ipc/limits';

export interface OpenedFilesQueue {
  /** Queues the paths among `args` that name a ShipReady file; returns how many it queued. */
  add(args: readonly string[]): number;
  /** Reads and empties the queue. A file that cannot be read comes back with the reason. */
  take(): Promise<FileOpenedByOs[]>;
}

export function createOpenedFilesQueue(): OpenedFilesQueue {
  let pending: string[] = [];
  return {
    add(args) {
      const before = pending.length;
      for (const arg of args) {
        if (!arg.startsWith('-') && fileKindOf(arg) !== null && !pending.includes(arg)) pending.push(arg);
      }
      return pending.length - before;
    },
    async take() {
      const paths = pending;
      pending = [];
      return Promise.all(paths.map(readOpenedFile));
    },
  };
}

async function readOpenedFile(path: string): Promise<FileOpenedByOs> {
  const name = basename(path);
  const kind = fileKindOf(name) as FileKind;
  try {
    if ((await stat(path)).size > maxFileChars) {
      return { name, kind, problem: 'it is larger than 64 MB, so ShipReady will not open it' };
    }
    return { name, kind, content: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'the file is no longer there'
        : code === 'EACCES' || code === 'EPERM'
          ? 'ShipReady is not allowed to read it'
          : `it could not be read (${code ?? (error as Error).message})`;
    return { name, kind, problem };
  }
}
