// Makes sure the data folder exists and can be written before Electron is pointed at it, so a missing folder
// is created and an unusable one is named in an error box (instead of a throw at load or a silent quit).
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export type DataFolderCheck = { ok: true; path: string } | { ok: false; path: string; message: string };

type Fs = {
  mkdirSync: typeof mkdirSync;
  openSync: typeof openSync;
  closeSync: typeof closeSync;
  rmSync: typeof rmSync;
};

function reason(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'your account is not allowed to write there';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file stands where the folder should be';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return `it could not be written (${code ?? 'unknown error'})`;
  }
}

/** Creates the folder if needed and writes (then removes) a probe file in it. Synchronous: runs at load. */
export function prepareDataFolder(
  path: string,
  fs: Fs = { mkdirSync, openSync, closeSync, rmSync },
): DataFolderCheck {
  const probe = join(path, `.write-check-${process.pid}`);
  try {
    fs.mkdirSync(path, { recursive: true, mode: 0o700 });
    fs.closeSync(fs.openSync(probe, 'w'));
    fs.rmSync(probe, { force: true });
    return { ok: true, path };
  } catch (error) {
    return {
      ok: false,
      path,
      message:
        `ShipReady cannot use its data folder ${path}: ${reason((error as NodeJS.ErrnoException).code)}. ` +
        'Make the folder writable, or start ShipReady with --data-dir set to a folder you can write to.',
    };
  }
}
