// Version 4 gives received reviews structured keys: a version 3 database with reviews of a project whose
// id holds ":" opens with each comment's item and each score's project intact, and no row lost.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShipReadyDatabase } from '../../renderer/src/db/database';
import { declareVersions, versionLadder } from '../../renderer/src/db/versions/ladder';
import fixture from './fixtures/v1-database.json';

const at = '2027-01-05T10:00:00.000Z';
const oldReview = {
  id: 'review-old',
  bundleHash: `sha256:${'c'.repeat(64)}`,
  mentorName: 'Grace',
  recommendation: 'almost: add a baseline',
  comments: [
    { itemId: 'project:team:docchat', text: 'Log a baseline first.' },
    { itemId: 'evalRun:run-1', text: 'Report the seed.' },
  ],
  scores: [
    { rubricItemId: 'team:docchat:capstone-rag.retrieval', score: 2 },
    { rubricItemId: 'p2:capstone-rag.evals', score: 3 },
  ],
  receivedAt: at,
};

async function writeVersion3(name: string) {
  const old = new Dexie(name);
  declareVersions(
    old,
    versionLadder.filter((step) => step.version <= 3),
  );
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  await old.table('reviews').add(oldReview);
  old.close();
}

describe('schema version 4: structured review keys', () => {
  it('splits each old key once, keeps every other row, and a project id with ":" survives', async () => {
    const name = `v4-review-keys-${Math.random().toString(36).slice(2)}`;
    await writeVersion3(name);
    const db = new ShipReadyDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (table === 'reviews') continue;
      // Written at version 3, so only version 4 runs: every other row is as written.
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    expect(await db.reviews.toArray()).toEqual([
      {
        ...oldReview,
        comments: [
          { itemType: 'project', itemId: 'team:docchat', text: 'Log a baseline first.' },
          { itemType: 'evalRun', itemId: 'run-1', text: 'Report the seed.' },
        ],
        scores: [
          { projectId: 'team:docchat', rubricItemId: 'capstone-rag.retrieval', score: 2 },
          { projectId: 'p2', rubricItemId: 'capstone-rag.evals', score: 3 },
        ],
      },
    ]);
    db.close();
  });
});
