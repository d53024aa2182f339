// A bundle and a review carried between two real Syncthing instances on 127.0.0.1, each folder read and
// written by its own cohort service. Skipped, with the reason, where Debian's syncthing is not installed.

import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CohortService, createCohortService } from '../../electron/services/cohort/cohort-service';
import { createGit, runSystemGit } from '../../electron/services/cohort/git';
import { watchWithChokidar } from '../../electron/services/cohort/watch-folder';
import { buildBundle } from '../../shared/bundle/build-bundle';
import { buildReviewFile } from '../../shared/bundle/review-file';
import { allIncluded, sampleRows } from '../fixtures/bundles/bundle-rows';
import { type SyncthingPair, startSyncthingPair, syncthingUnavailable } from '../fixtures/syncthing-pair';

const unavailable = syncthingUnavailable();
let pair: SyncthingPair | undefined;
const services: CohortService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await pair?.stop();
  pair = undefined;
});

async function serviceFor(folder: string, setUp: boolean) {
  const data = await mkdtemp(join(tmpdir(), 'shipready-syncthing-data-'));
  const service = createCohortService({
    connectionFile: join(data, 'cohort-connection.json'),
    git: createGit(runSystemGit),
    watchFolder: watchWithChokidar,
  });
  services.push(service);
  if (setUp) await service.connect(folder, { cohortName: 'Fall 2026', rubricVersion: 2 });
  return service;
}

/** Waits, by condition, for what Syncthing carries: each round asks both to scan, then waits on the watcher. */
async function until<T>(service: CohortService, read: () => Promise<T | undefined>): Promise<T> {
  for (let round = 0; round < 120; round += 1) {
    const found = await read().catch(() => undefined);
    if (found !== undefined) return found;
    await pair?.scan();
    await service.waitForChange(Number.MAX_SAFE_INTEGER - 1, 500).catch(() => undefined);
  }
  throw new Error('Syncthing did not carry the file within a minute.');
}

describe.skipIf(unavailable !== null)(
  `a cohort folder carried by two real Syncthing instances${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    it('carries the student’s bundle to the mentor and the mentor’s review back, whole', {
      timeout: 120_000,
    }, async () => {
      pair = await startSyncthingPair();
      const [studentFolder, mentorFolder] = pair.folders;
      const student = await serviceFor(studentFolder, true);
      await student.saveMember({ studentId: 'ana-01' });
      const { text, bundle } = await buildBundle({
        owner: 'Ana',
        contentVersion: 2,
        rows: sampleRows(),
        privacy: allIncluded,
      });
      await student.publish(text);

      // The mentor's copy of the folder receives cohort.json and the bundle; it connects once they are there.
      const mentor = await serviceFor(mentorFolder, false);
      // Connecting first would set the folder up a second time; wait for the student's cohort.json to arrive.
      await until(mentor, async () =>
        (await stat(join(mentorFolder, 'cohort.json'))).isFile() ? true : undefined,
      );
      await mentor.connect(mentorFolder, { rubricVersion: 2 });
      const line = await until(mentor, async () =>
        (await mentor.readIndex()).students.find((s) => s.bundleHash === bundle.contentHash),
      );
      expect(line).toMatchObject({ studentId: 'ana-01', owner: 'Ana', problem: null });
      expect(await mentor.readStudentBundle('ana-01')).toBe(text);

      await mentor.saveMember({ mentorId: 'linus' });
      const review = await buildReviewFile({
        bundleHash: bundle.contentHash,
        owner: 'Ana',
        mentor: { name: 'Linus' },
        reviewedAt: '2026-12-01T10:00:00.000Z',
        recommendation: { verdict: 'almost', summary: 'Measure before you tune.' },
        items: [],
        rubricScores: [],
      });
      const { path } = await mentor.writeReview('ana-01', review.text);
      const round = await until(student, async () =>
        (await student.readIndex()).students[0]?.rounds.find((r) => r.path === path),
      );
      expect(round).toMatchObject({ mentorName: 'Linus', verdict: 'almost', ofLatest: true });
      expect(await student.readReview(path)).toBe(review.text);
    });
  },
);
