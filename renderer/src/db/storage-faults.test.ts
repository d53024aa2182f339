// Storage faults: a failing upgrade keeps the old version and the data can still be exported; quota,
// abort and closed-database errors become sentences a person can act on.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShipReadyDatabase } from './database';
import { describeDatabaseError } from './describe-error';
import { dumpWithoutSchema } from './raw-export';
import { versionLadder } from './versions/ladder';

const newest = versionLadder.at(-1)?.version ?? 0;

class WithFailingUpgrade extends ShipReadyDatabase {
  constructor(name: string) {
    super(name);
    // A deliberately broken next version, as a bad release might ship.
    this.version(newest + 1)
      .stores({ projects: 'id, status, curriculumRef, updatedAt, archivedAt, title' })
      .upgrade(() => {
        throw new Error('upgrade bug');
      });
  }
}

describe('a migration that throws', () => {
  it('leaves the database at its old version with every row, and a raw export still works', async () => {
    const name = `faults-${Math.random().toString(36).slice(2)}`;
    const current = new ShipReadyDatabase(name);
    await current.open();
    await current.projects.add({
      id: 'p1',
      title: 'Kept',
      summary: '',
      skills: [],
      links: [],
      status: 'idea',
      designDecisions: '',
      postmortem: '',
      createdAt: 'x',
      updatedAt: 'x',
    });
    current.close();

    const broken = new WithFailingUpgrade(name);
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(newest);
    raw.close();

    const dump = await dumpWithoutSchema(name);
    expect(dump.schemaVersion).toBe(newest);
    expect(dump.tables.projects).toEqual([expect.objectContaining({ id: 'p1', title: 'Kept' })]);
  });
});

describe('describeDatabaseError', () => {
  it.each([
    [{ name: 'QuotaExceededError' }, /full.*what you typed is still on screen/],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, /full/],
    [{ name: 'DatabaseClosedError' }, /closed unexpectedly.*still on screen/],
    [{ name: 'AbortError' }, /interrupted and nothing was changed/],
    [{ name: 'VersionError' }, /newer ShipReady/],
    [new Error('weird'), /nothing was changed/],
  ])('turns %j into a sentence a person can act on', (error, message) => {
    expect(describeDatabaseError(error)).toMatch(message);
  });
});
