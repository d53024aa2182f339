// The cohort folder service: connection, reading the folder, publishing, reviews, git, conflicts, watching.
// Its dependencies come in as arguments, so Node tests run it against real folders and real git.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReviewFile } from '../../../shared/bundle/review-file';
import { bundleFormat } from '../../../shared/bundle/schema';
import { originalOfConflictCopy, splitGitConflict } from '../../../shared/cohort/conflicts';
import { type CohortConnection, defaultPublishPrivacy } from '../../../shared/cohort/connection';
import { type BundleFacts, type CohortIndex, indexCohortFolder } from '../../../shared/cohort/folder-index';
import type { GitState } from '../../../shared/cohort/git-status';
import {
  parseReviewPath,
  parseStudentPath,
  reviewPath,
  studentBundlePath,
} from '../../../shared/cohort/layout';
import { DesktopError } from '../desktop-error';
import { writeCohortFile } from './cohort-write';
import { readConnection, writeConnection } from './connection-file';
import type { CohortGit } from './git';
import { openCohortFolder } from './open-folder';
import { type CohortFileCache, readCohortFiles } from './read-folder';
import type { WatchFolder } from './watch-folder';

export interface CohortServiceDeps {
  connectionFile: string;
  git: CohortGit;
  watchFolder: WatchFolder;
  /** A folder given at start (`npm start -- --cohort <path>`), connected when none is yet. */
  startFolder?: string | undefined;
}

export type MemberUpdate = Partial<
  Pick<CohortConnection, 'studentId' | 'mentorId' | 'autoPublish' | 'privacy'>
>;

const sha256 = /^sha256:[0-9a-f]{64}$/;

export function createCohortService(deps: CohortServiceDeps) {
  let version = 0;
  const waiters = new Set<() => void>();
  let watching: { folder: string; stop: () => Promise<void> } | null = null;
  let startFolderTried = false;
  const factsCache = new Map<string, BundleFacts>();
  let fileCache: { folder: string; files: CohortFileCache } | null = null;

  function filesOf(folder: string): CohortFileCache {
    if (fileCache?.folder !== folder) fileCache = { folder, files: new Map() };
    return fileCache.files;
  }

  function changed() {
    version += 1;
    for (const wake of waiters) wake();
    waiters.clear();
  }

  async function watchOnly(folder: string | null) {
    if (watching?.folder === folder) return;
    await watching?.stop();
    watching = folder ? { folder, stop: deps.watchFolder(folder, changed) } : null;
  }

  async function connection(): Promise<CohortConnection | null> {
    let stored = await readConnection(deps.connectionFile);
    if (!stored && deps.startFolder && !startFolderTried) {
      startFolderTried = true;
      stored = await connect(deps.startFolder, { rubricVersion: 0 });
    }
    await watchOnly(stored?.folder ?? null);
    return stored;
  }

  async function connected(): Promise<CohortConnection> {
    const current = await connection();
    if (!current) throw new DesktopError('not-connected', 'Connect a cohort folder in Settings first.');
    return current;
  }

  async function connect(folder: string, setup: { cohortName?: string | undefined; rubricVersion: number }) {
    const opened = await openCohortFolder(folder, setup);
    const previous = await readConnection(deps.connectionFile);
    // Ids are chosen once: connecting another folder (a second device, a new cohort) keeps them.
    const next: CohortConnection = {
      folder: opened.folder,
      autoPublish: previous?.autoPublish ?? false,
      privacy: previous?.privacy ?? defaultPublishPrivacy,
      publishedHashes: previous?.publishedHashes ?? [],
      ...(previous?.studentId ? { studentId: previous.studentId } : {}),
      ...(previous?.mentorId ? { mentorId: previous.mentorId } : {}),
    };
    await writeConnection(deps.connectionFile, next);
    await watchOnly(next.folder);
    changed();
    return next;
  }

  async function requireStudent() {
    const current = await connected();
    if (!current.studentId) throw new DesktopError('no-student-id', 'Choose your student id first.');
    return { ...current, studentId: current.studentId };
  }

  return {
    connection,
    connect,
    async disconnect() {
      await rm(deps.connectionFile, { force: true });
      await watchOnly(null);
      changed();
    },
    async saveMember(update: MemberUpdate): Promise<CohortConnection> {
      const current = await connected();
      for (const key of ['studentId', 'mentorId'] as const) {
        const chosen = update[key];
        if (chosen !== undefined && current[key] !== undefined && current[key] !== chosen)
          throw new DesktopError(
            'id-chosen',
            `Your ${key === 'studentId' ? 'student' : 'mentor'} id is ${current[key]}; it was chosen once and does not change.`,
          );
      }
      const next: CohortConnection = { ...current, ...update };
      await writeConnection(deps.connectionFile, next);
      return next;
    },
    async readIndex(): Promise<CohortIndex & { folder: string; version: number }> {
      const current = await connected();
      const at = version;
      if (factsCache.size > 5_000) factsCache.clear(); // Bounded: old versions of files pile up.
      return {
        ...indexCohortFolder(await readCohortFiles(current.folder, filesOf(current.folder)), factsCache),
        folder: current.folder,
        version: at,
      };
    },
    async readStudentBundle(studentId: string): Promise<string> {
      const current = await connected();
      return readFile(join(current.folder, ...studentBundlePath(studentId).split('/')), 'utf8');
    },
    async readReview(path: string): Promise<string> {
      const current = await connected();
      if (!parseReviewPath(path))
        throw new DesktopError('not-a-review', `${path} is not a review in this cohort folder.`);
      return readFile(join(current.folder, ...path.split('/')), 'utf8');
    },
    /** Writes the person's bundle as their latest in students/<id>/bundle.json. */
    async publish(content: string): Promise<{ path: string; bundleHash: string }> {
      const current = await requireStudent();
      let bundle: { format?: unknown; contentHash?: unknown };
      try {
        bundle = JSON.parse(content) as typeof bundle;
      } catch {
        throw new DesktopError('invalid-bundle', 'The bundle to publish is not valid JSON.');
      }
      if (
        bundle?.format !== bundleFormat ||
        typeof bundle.contentHash !== 'string' ||
        !sha256.test(bundle.contentHash)
      )
        throw new DesktopError('invalid-bundle', 'Only a ShipReady portfolio bundle can be published.');
      const path = studentBundlePath(current.studentId);
      await writeCohortFile(join(current.folder, ...path.split('/')), content);
      const hashes = [...current.publishedHashes.filter((h) => h !== bundle.contentHash), bundle.contentHash];
      await writeConnection(deps.connectionFile, { ...current, publishedHashes: hashes.slice(-200) });
      changed();
      return { path, bundleHash: bundle.contentHash };
    },
    /** Writes a mentor's review of a student's bundle as one review round in reviews/<mentor-id>/. */
    async writeReview(studentId: string, content: string): Promise<{ path: string }> {
      const current = await connected();
      if (!current.mentorId) throw new DesktopError('no-mentor-id', 'Choose your mentor id first.');
      const checked = await parseReviewFile(content);
      if (!checked.ok)
        throw new DesktopError(
          'invalid-review',
          `The review was not written: ${checked.problems.map((p) => `${p.field}: ${p.message}`).join(' ')}`,
        );
      const path = reviewPath(current.mentorId, studentId, checked.value.bundleHash);
      await writeCohortFile(join(current.folder, ...path.split('/')), content);
      changed();
      return { path };
    },
    /** Keeps one side of a conflict: the conflict copy is removed, or git's markers are replaced. */
    async resolveConflict(path: string, keep: 'ours' | 'theirs', copyPath?: string): Promise<void> {
      const current = await connected();
      if (!parseStudentPath(path) && !parseReviewPath(path))
        throw new DesktopError('not-cohort-file', `${path} is not a bundle or review in this cohort folder.`);
      const full = join(current.folder, ...path.split('/'));
      if (copyPath !== undefined) {
        if (originalOfConflictCopy(copyPath) !== path)
          throw new DesktopError('not-a-conflict-copy', `${copyPath} is not a conflict copy of ${path}.`);
        const copy = join(current.folder, ...copyPath.split('/'));
        if (keep === 'theirs') await writeCohortFile(full, await readFile(copy, 'utf8'));
        await rm(copy, { force: true });
      } else {
        const sides = splitGitConflict(await readFile(full, 'utf8'));
        if (!sides) throw new DesktopError('no-conflict', `${path} holds no conflict to resolve.`);
        await writeCohortFile(full, keep === 'ours' ? sides.ours : sides.theirs);
      }
      changed();
    },
    async gitState(fetch: boolean): Promise<GitState> {
      const current = await connected();
      const state = await deps.git.state(current.folder);
      if (!fetch || !state.isRepository || !state.upstream) return state;
      await deps.git.fetch(current.folder);
      return deps.git.state(current.folder);
    },
    async gitAction(
      action: 'commit' | 'push' | 'pull',
      message: string,
    ): Promise<GitState & { conflicted: string[] }> {
      const current = await connected();
      const state = await deps.git.state(current.folder);
      if (!state.isRepository)
        throw new DesktopError(
          'not-a-repository',
          'This cohort folder is not a git working copy; its files are read and written as they are.',
        );
      if (action === 'commit') await deps.git.commit(current.folder, message);
      if (action === 'push') await deps.git.push(current.folder);
      if (action === 'pull') await deps.git.pull(current.folder);
      changed();
      return deps.git.state(current.folder);
    },
    /** Resolves with the change count once it passes `since`, or after `timeoutMs` with the same count. */
    waitForChange(since: number, timeoutMs: number): Promise<number> {
      if (version > since) return Promise.resolve(version);
      return new Promise((resolveWait) => {
        const wake = () => {
          clearTimeout(timer);
          resolveWait(version);
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          resolveWait(version);
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    async close() {
      await watchOnly(null);
    },
  };
}

export type CohortService = ReturnType<typeof createCohortService>;
