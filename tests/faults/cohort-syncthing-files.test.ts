// What Syncthing leaves in a cohort folder, written here as Syncthing writes it: its temporary files
// (`.syncthing.<name>.tmp`, filled then renamed into place) and its conflict copies
// (`<name>.sync-conflict-<date>-<time>-<device>.<ext>`). Simulated so this runs in a second on any machine;
// cohort-syncthing.test.ts carries a bundle between two real Syncthing instances where Debian's syncthing
// is installed (.ci/run installs it).
import { mkdir, mkdtemp, readdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watch } from 'chokidar';
import { afterEach, describe, expect, it } from 'vitest';
import { type CohortService, createCohortService } from '../../electron/services/cohort/cohort-service';
import { createGit, runSystemGit } from '../../electron/services/cohort/git';
import { watchWithChokidar } from '../../electron/services/cohort/watch-folder';
import { buildBundle } from '../../shared/bundle/build-bundle';
import { isEngineTempFile } from '../../shared/cohort/conflicts';
import { allIncluded, sampleRows } from '../fixtures/bundles/bundle-rows';

const services: CohortService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
});

async function connectedStudent() {
  const folder = await mkdtemp(join(tmpdir(), 'shipready-syncthing-sim-'));
  const data = await mkdtemp(join(tmpdir(), 'shipready-syncthing-data-'));
  const service = createCohortService({
    connectionFile: join(data, 'cohort-connection.json'),
    git: createGit(runSystemGit),
    watchFolder: watchWithChokidar,
  });
  services.push(service);
  await service.connect(folder, { cohortName: 'Fall 2026', rubricVersion: 2 });
  await service.saveMember({ studentId: 'ana-01' });
  return { folder, service };
}

const bundleOf = async (owner: string) =>
  (await buildBundle({ owner, contentVersion: 2, rows: sampleRows(), privacy: allIncluded })).text;

describe('a cohort folder Syncthing carries', () => {
  it('never reads a file Syncthing is still writing, and picks it up once renamed into place', async () => {
    const { folder, service } = await connectedStudent();
    const dir = join(folder, 'students', 'bo-02');
    await mkdir(dir, { recursive: true });
    const text = await bundleOf('Bo');
    // Half of the file, under Syncthing's temporary name: the index must not see a student yet.
    await writeFile(join(dir, '.syncthing.bundle.json.tmp'), text.slice(0, text.length / 2));
    const before = await service.readIndex();
    expect(before.students).toEqual([]);
    expect(before.problems).toEqual([]);
    await writeFile(join(dir, '.syncthing.bundle.json.tmp'), text);
    await rename(join(dir, '.syncthing.bundle.json.tmp'), join(dir, 'bundle.json'));
    // The watcher reports the rename; wait on that condition, not on time.
    const seen = await service.waitForChange(before.version, 10_000);
    expect(seen).toBeGreaterThan(before.version);
    expect((await service.readIndex()).students.map((s) => s.owner)).toEqual(['Bo']);
  });

  it('shows a conflict copy with both versions and keeps the one the person chooses', async () => {
    const { folder, service } = await connectedStudent();
    const mine = await bundleOf('Ana');
    await service.publish(mine);
    const theirs = await bundleOf('Ana (desktop)');
    const copy = 'students/ana-01/bundle.sync-conflict-20261201-101500-ABCDEFG.json';
    await writeFile(join(folder, ...copy.split('/')), theirs);
    const index = await service.readIndex();
    expect(index.conflicts).toEqual([
      expect.objectContaining({
        path: 'students/ana-01/bundle.json',
        engine: 'syncthing',
        ours: mine,
        theirs,
        copyPath: copy,
      }),
    ]);
    // Nothing was merged: the bundle is still this copy's until the person chooses.
    expect(index.students[0]?.owner).toBe('Ana');
    await service.resolveConflict('students/ana-01/bundle.json', 'theirs', copy);
    const after = await service.readIndex();
    expect(after.conflicts).toEqual([]);
    expect(after.students[0]?.owner).toBe('Ana (desktop)');
    expect(await readdir(join(folder, 'students', 'ana-01'))).toEqual(['bundle.json']);
  });

  it('writes every file under a name Syncthing skips, so it never carries half of one', async () => {
    const { folder, service } = await connectedStudent();
    const names: string[] = [];
    const raw = watch(folder, { ignoreInitial: true });
    raw.on('add', (path) => names.push(path.slice(folder.length + 1)));
    await new Promise<void>((resolveReady) => raw.on('ready', () => resolveReady()));
    try {
      await service.publish(await bundleOf('Ana'));
      // The final name shows up once the rename lands; wait for it.
      for (let i = 0; i < 600 && !names.includes('students/ana-01/bundle.json'); i += 1)
        await new Promise((r) => setTimeout(r, 25));
    } finally {
      await raw.close();
    }
    expect(names).toContain('students/ana-01/bundle.json');
    expect(names.filter((name) => name !== 'students/ana-01/bundle.json').every(isEngineTempFile)).toBe(true);
    expect((await readdir(join(folder, 'students', 'ana-01'))).filter(isEngineTempFile)).toEqual([]);
    // The watcher can be slow to report on a loaded machine (the whole suite runs in parallel): wait, not fail.
  }, 30_000);
});
