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

export async function readCohortFile(root: string, path: string): Promise<CohortFile> {
  const full = join(root, ...path.split('/'));
  const info = await stat(full);
  if (info.size > maxFileChars) return { path, text: '', modifiedAt: info.mtime.toISOString() };
  return { path, text: await readFile(full, 'utf8'), modifiedAt: info.mtime.toISOString() };
}

export async function readCohortFiles(root: string): Promise<CohortFile[]> {
  const paths = [
    ...((await entries(root)).some((e) => e.name === cohortFileName && e.isFile()) ? [cohortFileName] : []),
    ...(await jsonFilesIn(root, studentsFolder)),
    ...(await jsonFilesIn(root, reviewsFolder)),
  ];
  const files: CohortFile[] = [];
  // A few at a time: 200 students should not open 200 files at once on a network share.
  for (let start = 0; start < paths.length; start += 16) {
    files.push(...(await Promise.all(paths.slice(start, start + 16).map((p) => readCohortFile(root, p)))));
  }
  return files;
}
