// The cohort channels' handlers, over one cohort service; spread into the DesktopApi's handler map.
import { join, resolve } from 'node:path';
import type { CohortResponseMap } from '../../../shared/ipc/cohort-contract';
import type { RequestMap, ResponseMap } from '../../../shared/ipc/contract';
import { type CohortService, createCohortService } from './cohort-service';
import { createGit, runSystemGit } from './git';
import { watchWithChokidar } from './watch-folder';

type CohortHandlers = {
  [K in keyof CohortResponseMap]: (request: RequestMap[K]) => Promise<ResponseMap[K]>;
};

/** A long poll answers within this time even when nothing changed, well inside the host's request timeout. */
const waitMs = 25_000;

export function cohortHandlers(cohort: CohortService): CohortHandlers {
  return {
    'cohort:get-connection': () => cohort.connection(),
    'cohort:connect': ({ folder, cohortName, rubricVersion }) =>
      cohort.connect(folder, { cohortName, rubricVersion }),
    'cohort:disconnect': async () => {
      await cohort.disconnect();
      return undefined;
    },
    'cohort:save-member': ({ studentId, mentorId, autoPublish, privacy }) =>
      cohort.saveMember({
        ...(studentId !== undefined ? { studentId } : {}),
        ...(mentorId !== undefined ? { mentorId } : {}),
        ...(autoPublish !== undefined ? { autoPublish } : {}),
        ...(privacy !== undefined ? { privacy } : {}),
      }),
    'cohort:read-index': () => cohort.readIndex(),
    'cohort:read-student': ({ studentId }) => cohort.readStudentBundle(studentId),
    'cohort:read-review': ({ path }) => cohort.readReview(path),
    'cohort:publish': ({ content }) => cohort.publish(content),
    'cohort:write-review': ({ studentId, content }) => cohort.writeReview(studentId, content),
    'cohort:resolve-conflict': async ({ path, keep, copyPath }) => {
      await cohort.resolveConflict(path, keep, copyPath);
      return undefined;
    },
    'cohort:git-state': ({ fetch }) => cohort.gitState(fetch),
    'cohort:git-action': ({ action, message }) => cohort.gitAction(action, message),
    'cohort:wait-change': ({ since }) => cohort.waitForChange(since, waitMs),
  };
}

/** `--cohort <path>` on the command line (npm start forwards it), resolved where the app was started. */
export function cohortStartFolder(
  argv: readonly string[] = process.argv,
  cwd = process.cwd(),
): string | undefined {
  const index = argv.indexOf('--cohort');
  const value = index >= 0 ? argv[index + 1] : undefined;
  return value && !value.startsWith('--') ? resolve(cwd, value) : undefined;
}

/** The service both editions run: the real git, chokidar, and the connection kept in the data folder. */
export function defaultCohortService(dataRoot: string): CohortService {
  return createCohortService({
    connectionFile: join(dataRoot, 'cohort-connection.json'),
    git: createGit(runSystemGit),
    watchFolder: watchWithChokidar,
    startFolder: cohortStartFolder(),
  });
}
