// Version 3 adds the review queue's tables: a version 1 database opens with every row intact and the new
// tables empty, ready for ratings.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShipReadyDatabase } from '../../renderer/src/db/database';
import { v1Stores } from '../../renderer/src/db/versions/v1-initial-schema';
import { migrateProject } from '../../renderer/src/db/versions/v2-link-kinds-and-primary-skills';
import { v3Stores } from '../../renderer/src/db/versions/v3-add-review-queue';
import type { ReviewLogRow } from '../../shared/domain/review-cards';
import fixture from './fixtures/v1-database.json';

async function writeVersion1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(v1Stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('schema version 3: the review queue', () => {
  it('opens a version 1 database without losing a row, and adds the empty card and log tables', async () => {
    const name = `v3-review-queue-${Math.random().toString(36).slice(2)}`;
    await writeVersion1(name);
    const db = new ShipReadyDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      // Version 2 gives projects link kinds and primary skills; every other row is as written.
      const expected = table === 'projects' ? rows.map((row) => migrateProject(row as never)) : rows;
      expect(await db.table(table).toArray(), table).toEqual(expected);
    }
    expect(await db.reviewCards.count()).toBe(0);
    expect(await db.reviewLog.count()).toBe(0);
    expect(db.reviewLog.schema.indexes.map((index) => index.name).sort()).toEqual(['at', 'cardId']);
    expect(Object.keys(v3Stores).sort()).toEqual(['reviewCards', 'reviewLog']);
    const rating: ReviewLogRow = {
      id: 'rating-1',
      kind: 'rating',
      cardId: 'm1-week-zero/q1',
      rating: 3,
      covered: [0],
      at: '2027-01-04T09:00:00.000Z',
    };
    await db.reviewLog.add(rating);
    expect(await db.reviewLog.where('cardId').equals('m1-week-zero/q1').count()).toBe(1);
    db.close();
  });
});
