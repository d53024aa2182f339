// Files the operating system asked ShipReady to open (double-click, "Open with", a path on the command line).
// Paths are queued as they arrive, even before the window exists; the page takes them when it is ready.
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileOpenedByOs } from '../../shared/ipc/contract';
import { type FileKind, fileKindOf } from '../../shared/ipc/file-kinds';
import { maxFileChars } from '../../shared/ipc/limits';
import { describeSize } from '../../shared/text/describe-size';

export interface OpenedFilesQueue {
  /**
   * Queues the paths among `args` that name a ShipReady file; returns how many it queued. Relative paths
   * are resolved against `workingDirectory`, the folder of the launch that passed them.
   */
  add(args: readonly string[], workingDirectory?: string): number;
  /** Reads and empties the queue. A file that cannot be read comes back with the reason. */
  take(): Promise<FileOpenedByOs[]>;
}

/** A path as given, or as a `file://` URL (Linux file managers pass those for %U); null for anything else. */
function pathOf(arg: string, workingDirectory: string): string | null {
  if (arg.startsWith('-')) return null;
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null; // A file URL for another host, or malformed: not a local file.
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null; // Some other URL.
  return isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
}

export function createOpenedFilesQueue(): OpenedFilesQueue {
  let pending: string[] = [];
  return {
    add(args, workingDirectory = process.cwd()) {
      const before = pending.length;
      for (const arg of args) {
        const path = pathOf(arg, workingDirectory);
        if (path !== null && fileKindOf(path) !== null && !pending.includes(path)) pending.push(path);
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
    const info = await stat(path);
    // Reading a FIFO would wait forever for a writer, and a folder cannot be read: refuse both by name.
    if (!info.isFile()) {
      const what = info.isDirectory() ? 'a folder' : 'not a regular file';
      return { name, kind, problem: `it is ${what}, so ShipReady did not open it` };
    }
    if (info.size > maxFileChars) {
      return {
        name,
        kind,
        problem: `it is larger than ${describeSize(maxFileChars)}, so ShipReady will not open it`,
      };
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
