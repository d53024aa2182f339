// Checks a folder path the person typed and sets it up as a cohort folder when it is not one yet.
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import {
  type CohortInfo,
  cohortFileName,
  cohortFormat,
  cohortFormatVersion,
  cohortGitignore,
  cohortInfoSchema,
  cohortInfoText,
  cohortReadme,
  cohortReadmeName,
} from '../../../shared/cohort/layout';
import { DesktopError } from '../desktop-error';
import { writeCohortFile } from './cohort-write';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function checkFolder(folder: string): Promise<string> {
  if (!isAbsolute(folder))
    throw new DesktopError(
      'not-absolute',
      `Give the whole path of the folder, starting from the root (${folder} is relative).`,
    );
  const path = resolve(folder);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new DesktopError(
      'no-folder',
      `There is no folder at ${path}. Create it (or clone the cohort repository there) first.`,
    );
  }
  if (!info.isDirectory()) throw new DesktopError('not-a-folder', `${path} is a file, not a folder.`);
  try {
    await access(path, constants.W_OK);
  } catch {
    throw new DesktopError('permission-denied', `ShipReady may not write to ${path}.`);
  }
  return path;
}

/** The folder's cohort.json, written (with COHORT.md and .gitignore) when the folder has none yet. */
export async function openCohortFolder(
  folder: string,
  setup: { cohortName?: string | undefined; rubricVersion: number },
): Promise<{ folder: string; cohort: CohortInfo }> {
  const path = await checkFolder(folder);
  const infoPath = join(path, cohortFileName);
  if (await exists(infoPath)) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(infoPath, 'utf8'));
    } catch {
      throw new DesktopError(
        'invalid-cohort',
        `${cohortFileName} in ${path} is not valid JSON; fix or remove it.`,
      );
    }
    const parsed = cohortInfoSchema.safeParse(value);
    if (!parsed.success)
      throw new DesktopError(
        'invalid-cohort',
        `${cohortFileName} in ${path} was refused: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    return { folder: path, cohort: parsed.data };
  }
  const cohort: CohortInfo = {
    format: cohortFormat,
    formatVersion: cohortFormatVersion,
    name: setup.cohortName?.trim() || basename(path) || 'Cohort',
    rubricVersion: setup.rubricVersion,
  };
  await writeCohortFile(infoPath, cohortInfoText(cohort));
  if (!(await exists(join(path, cohortReadmeName))))
    await writeCohortFile(join(path, cohortReadmeName), cohortReadme(cohort));
  if (!(await exists(join(path, '.gitignore'))))
    await writeCohortFile(join(path, '.gitignore'), cohortGitignore);
  return { folder: path, cohort };
}
