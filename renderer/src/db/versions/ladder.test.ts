import { describe, expect, it } from 'vitest';
import { nextStores, storesAfter } from './ladder';
import type { SchemaVersion } from './schema-version';

const ladder: SchemaVersion[] = [
  { version: 1, stores: { projects: 'id, status', notes: 'itemId', old: 'id' } },
  { version: 3, stores: { projects: 'id, status, updatedAt', old: null } },
];

describe('the version ladder', () => {
  it('leaves each table as its latest declaration says, and null removes it', () => {
    expect(storesAfter(ladder)).toEqual({ projects: 'id, status, updatedAt', notes: 'itemId' });
  });

  it('says what the next version must declare to reach the registry', () => {
    expect(nextStores({ projects: 'id, status, updatedAt', notes: 'itemId' }, ladder)).toEqual({});
    expect(nextStores({ projects: 'id, status, updatedAt, title', cards: 'id' }, ladder)).toEqual({
      projects: 'id, status, updatedAt, title',
      cards: 'id',
      notes: null,
    });
  });
});
