// Lists and reads the files of a cohort folder that ShipReady knows: cohort.json, students/, reviews/.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isEngineTempFile } from '../../../shared/cohort/conflicts';
import type { CohortFile } from '../../../shared/cohort/folder-index';
import { cohortFileName, reviewsFolder, studentsFolder } from '../../../shared/cohort/layout';
import { maxFileChars } from '../../../shared/ipc/limits';

async function entries(path: string): Promise<Dirent[]> {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** `<folder>/<sub>/<name>.json` paths, one level of subfolders (a student or a mentor each). */
async function jsonFilesIn(root: string, folder: string): Promise<string[]> {
  const paths: string[] = [];
  for (const member of await entries(join(root, folder))) {
    if (!member.isDirectory()) continue;
    for (const file of await entries(join(root, folder, member.name))) {
      const path = `${folder}/${member.name}/${file.name}`;
      if (file.isFile() && file.name.endsWith('.json') && !isEngineTempFile(path)) paths.push(path);
    }
  }
  return paths;
}

/**
 * Files as last read, by path, with what identifies that version on disk. Git, Syncthing and the app replace
 * a file by renaming a new one over it (a new inode); an edit in place moves its times or size.
 */
export type CohortFileCache = Map<string, { version: string; file: CohortFile }>;

export async function readCohortFile(
  root: string,
  path: string,
  cache?: CohortFileCache,
): Promise<CohortFile> {
  const full = join(root, ...path.split('/'));
  const info = await stat(full);
  const version = `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
  const known = cache?.get(path);
  if (known?.version === version) return known.file;
  const modifiedAt = info.mtime.toISOString();
  const file =
    info.size > maxFileChars
      ? { path, text: '', modifiedAt }
      : { path, text: await readFile(full, 'utf8'), modifiedAt };
  cache?.set(path, { version, file });
  return file;
}

/**
 * Every file ShipReady knows in the folder. With `cache` (kept by the caller between reads), a file unchanged
 * on disk is not read again: a mentor's folder is read after every pull, mostly unchanged (200 students and a
 * 12 MB bundle: 16 MB read and decoded each time). Entries of files that are gone are dropped.
 */
export async function readCohortFiles(root: string, cache?: CohortFileCache): Promise<CohortFile[]> {
  const paths = [
    ...((await entries(root)).some((e) => e.name === cohortFileName && e.isFile()) ? [cohortFileName] : []),
    ...(await jsonFilesIn(root, studentsFolder)),
    ...(await jsonFilesIn(root, reviewsFolder)),
  ];
  const files: CohortFile[] = [];
  // A few at a time: 200 students should not open 200 files at once on a network share.
  for (let start = 0; start < paths.length; start += 16) {
    files.push(
      ...(await Promise.all(paths.slice(start, start + 16).map((p) => readCohortFile(root, p, cache)))),
    );
  }
  if (cache) for (const path of cache.keys()) if (!paths.includes(path)) cache.delete(path);
  return files;
}
