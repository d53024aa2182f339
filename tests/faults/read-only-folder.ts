// Makes a data folder read-only for real. As root (as in CI containers), chmod does not stop writes, so a
// read-only bind mount is used there: the kernel then refuses every write with EROFS, as on a locked USB
// stick or a read-only network share. Elsewhere, taking away write permission gives EACCES instead.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ReadOnlyFolder {
  /** The read-only view of the folder. */
  path: string;
  /** The error code a write there gets. */
  code: 'EROFS' | 'EACCES';
  release(): Promise<void>;
}

async function chmodTree(dir: string, writable: boolean): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) await chmodTree(path, writable);
  }
  await chmod(dir, writable ? 0o700 : 0o500);
}

/**
 * A read-only view of `dir`, or the reason this machine cannot make one (the test is then skipped).
 * `inPlace` turns `dir` itself read-only, for a host that is already running on it.
 */
export async function readOnlyView(
  dir: string,
  { inPlace = false } = {},
): Promise<ReadOnlyFolder | { unavailable: string }> {
  if (process.platform !== 'linux') return { unavailable: 'read-only bind mounts are set up on Linux only' };
  if (process.getuid?.() !== 0) {
    await chmodTree(dir, false);
    return { path: dir, code: 'EACCES', release: () => chmodTree(dir, true) };
  }
  const view = inPlace ? dir : `${dir}-read-only`;
  if (!inPlace) await mkdir(view);
  try {
    execFileSync('mount', ['--bind', '-o', 'ro', dir, view], { stdio: 'pipe' });
    // Older mount(8) binds first and ignores ro; a remount makes sure.
    execFileSync('mount', ['-o', 'remount,bind,ro', view], { stdio: 'pipe' });
  } catch (error) {
    return {
      unavailable: `running as root without permission to mount (${(error as Error).message.split('\n')[0]})`,
    };
  }
  return {
    path: view,
    code: 'EROFS',
    release: async () => {
      execFileSync('umount', [view], { stdio: 'pipe' });
    },
  };
}
