import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../shared/bundle/build-bundle';
import { buildReviewFile } from '../../../shared/bundle/review-file';
import { allIncluded, sampleRows } from '../../../tests/fixtures/bundles/bundle-rows';
import { type CohortService, createCohortService } from './cohort-service';
import { createGit, runSystemGit } from './git';
import { isIgnoredByWatcher, watchWithChokidar } from './watch-folder';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
const services: CohortService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
});

async function person(folder: string, watch = false) {
  const data = await mkdtemp(join(tmpdir(), 'shipready-cohort-data-'));
  const service = createCohortService({
    connectionFile: join(data, 'cohort-connection.json'),
    git: createGit(runSystemGit),
    watchFolder: watch ? watchWithChokidar : () => async () => {},
  });
  services.push(service);
  await service.connect(folder, { cohortName: 'Fall 2026', rubricVersion: 1 });
  return service;
}

/** A bare repository and two clones, each with an identity so commits and merges work. */
async function cohortRepository() {
  const root = await mkdtemp(join(tmpdir(), 'shipready-cohort-git-'));
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', 'cohort.git');
  const clone = (name: string) => {
    git(root, 'clone', '--quiet', join(root, 'cohort.git'), name);
    const dir = join(root, name);
    git(dir, 'config', 'user.name', name);
    git(dir, 'config', 'user.email', `${name}@example.org`);
    return dir;
  };
  // The bootcamp sets the cohort up once: cohort.json, COHORT.md and .gitignore, committed and pushed.
  const setup = await person(clone('bootcamp'));
  await setup.gitAction('commit', 'Set up the cohort');
  await setup.gitAction('push', '');
  return { student: clone('student'), mentor: clone('mentor') };
}

async function review(bundleHash: string, mentor: string, verdict: 'almost' | 'not-yet') {
  return (
    await buildReviewFile({
      bundleHash,
      owner: 'Ana',
      mentor: { name: mentor },
      reviewedAt: '2026-12-01T10:00:00.000Z',
      recommendation: { verdict, summary: 'Measure first.' },
      items: [],
      rubricScores: [],
    })
  ).text;
}

describe('the cohort service over a real git repository', () => {
  it('carries a published bundle to the mentor and the review back, and shows a conflicting edit', async () => {
    const { student: studentDir, mentor: mentorDir } = await cohortRepository();
    const student = await person(studentDir);
    await student.saveMember({ studentId: 'ana-01' });
    const { text, bundle } = await buildBundle({
      owner: 'Ana',
      contentVersion: 1,
      rows: sampleRows(),
      privacy: allIncluded,
    });
    expect((await student.publish(text)).path).toBe('students/ana-01/bundle.json');
    expect(await student.gitState(false)).toMatchObject({ isRepository: true, uncommitted: 1 });
    await student.gitAction('commit', 'Ana publishes');
    await student.gitAction('push', '');
    expect(await student.gitState(false)).toMatchObject({
      uncommitted: 0,
      ahead: 0,
      upstream: 'origin/main',
    });

    const mentor = await person(mentorDir);
    expect(await mentor.gitState(true)).toMatchObject({ behind: 1 });
    await mentor.gitAction('pull', '');
    await mentor.saveMember({ mentorId: 'linus' });
    const index = await mentor.readIndex();
    expect(index.cohort?.name).toBe('Fall 2026');
    expect(index.students.map((s) => [s.studentId, s.owner, s.bundleHash])).toEqual([
      ['ana-01', 'Ana', bundle.contentHash],
    ]);
    expect(await mentor.readStudentBundle('ana-01')).toBe(text);
    const written = await mentor.writeReview('ana-01', await review(bundle.contentHash, 'Linus', 'almost'));
    await mentor.gitAction('commit', 'Linus reviews Ana');
    await mentor.gitAction('push', '');

    await student.gitAction('pull', '');
    const seen = await student.readIndex();
    expect(seen.students[0]?.rounds.map((r) => [r.mentorName, r.verdict, r.ofLatest])).toEqual([
      ['Linus', 'almost', true],
    ]);
    expect(JSON.parse(await student.readReview(written.path)).mentor.name).toBe('Linus');

    // Both edit the same review round: the second to pull gets git's markers, shown with both versions.
    await mentor.writeReview('ana-01', await review(bundle.contentHash, 'Linus', 'not-yet'));
    await mentor.gitAction('commit', 'Linus changes his mind');
    await mentor.gitAction('push', '');
    await writeFile(
      join(studentDir, ...written.path.split('/')),
      (await review(bundle.contentHash, 'Linus', 'almost')).replace('Measure first.', 'Edited by hand.'),
    );
    await student.gitAction('commit', 'Ana edits the review');
    await expect(student.gitAction('push', '')).rejects.toThrow('pull first');
    const after = await student.gitAction('pull', '');
    expect(after.conflicted).toEqual([written.path]);
    const conflicted = await student.readIndex();
    expect(conflicted.conflicts).toHaveLength(1);
    expect(conflicted.conflicts[0]).toMatchObject({ path: written.path, engine: 'git' });
    expect(conflicted.conflicts[0]?.ours).toContain('Edited by hand.');
    expect(conflicted.conflicts[0]?.theirs).toContain('"not-yet"');
    // Nothing was merged: the file still holds both versions until the person keeps one.
    const onDisk = await readFile(join(studentDir, ...written.path.split('/')), 'utf8');
    expect(onDisk).toContain('<<<<<<<');
    await student.resolveConflict(written.path, 'theirs');
    expect((await student.readIndex()).conflicts).toEqual([]);
  });

  it('refuses what does not belong: a relative path, a missing folder, a non-bundle, an id changed later', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'shipready-cohort-plain-'));
    const data = await mkdtemp(join(tmpdir(), 'shipready-cohort-data-'));
    const service = createCohortService({
      connectionFile: join(data, 'cohort-connection.json'),
      git: createGit(runSystemGit),
      watchFolder: () => async () => {},
    });
    services.push(service);
    await expect(service.connect('relative/folder', { rubricVersion: 1 })).rejects.toThrow('whole path');
    await expect(service.connect(join(folder, 'missing'), { rubricVersion: 1 })).rejects.toThrow(
      'There is no folder',
    );
    expect(await service.connection()).toBeNull();
    await service.connect(folder, { rubricVersion: 1 });
    expect((await readdir(folder)).sort()).toEqual(['.gitignore', 'COHORT.md', 'cohort.json']);
    await expect(service.publish('{"format":"shipready-portfolio"}')).rejects.toThrow('student id');
    await service.saveMember({ studentId: 'ana-01' });
    await expect(service.publish('{"format":"other","contentHash":"x"}')).rejects.toThrow(
      'Only a ShipReady portfolio bundle',
    );
    await expect(service.saveMember({ studentId: 'ana-02' })).rejects.toThrow('chosen once');
    await expect(service.gitAction('commit', 'x')).rejects.toThrow('not a git working copy');
    expect(await readdir(folder)).not.toContain('students');
  });
});

describe('watching the folder', () => {
  it('wakes a waiting page when an engine brings a file in', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'shipready-cohort-watch-'));
    const service = await person(folder, true);
    const start = (await service.readIndex()).version;
    // chokidar needs a moment to start; wait until it reports a first change, by condition.
    await mkdir(join(folder, 'students', 'bo-02'), { recursive: true });
    const { text } = await buildBundle({
      owner: 'Bo',
      contentVersion: 1,
      rows: sampleRows(),
      privacy: allIncluded,
    });
    let seen = start;
    for (let attempt = 0; attempt < 50 && seen === start; attempt += 1) {
      await writeFile(join(folder, 'students', 'bo-02', 'bundle.json'), text);
      seen = await service.waitForChange(start, 200);
    }
    expect(seen).toBeGreaterThan(start);
    expect((await service.readIndex()).students.map((s) => s.owner)).toEqual(['Bo']);
  });
});

describe('what the watcher ignores', () => {
  it('skips git’s own folder and the temporary names engines write, not the files they rename into place', () => {
    expect(isIgnoredByWatcher('/c/.git/index')).toBe(true);
    expect(isIgnoredByWatcher('/c/.git')).toBe(true);
    expect(isIgnoredByWatcher('/c/students/a1/.syncthing.bundle.json.tmp')).toBe(true);
    expect(isIgnoredByWatcher('C:\\c\\students\\a1\\~syncthing~bundle.json.tmp')).toBe(true);
    expect(isIgnoredByWatcher('/c/students/a1/bundle.json')).toBe(false);
    expect(isIgnoredByWatcher('/c/students/a1/bundle.sync-conflict-20261201-101500-ABCDEFG.json')).toBe(
      false,
    );
    expect(isIgnoredByWatcher('/c/.gitignore')).toBe(false);
  });
});
