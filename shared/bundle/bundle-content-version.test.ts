import { describe, expect, it } from 'vitest';
import { tinyCurriculum } from '../../tests/fixtures/personas/tiny-curriculum';
import { emptyRows } from '../domain/tables';
import { rowsAtCurrentContent } from './bundle-content-version';

const at = (minute: number) => `2026-11-21T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('a bundle from an older curriculum version', () => {
  it('follows the id map: progress, notes and resources move to today’s ids without winning by time', () => {
    const curriculum = {
      ...tinyCurriculum([], []),
      contentVersion: 2,
      idMap: [{ since: 2, kind: 'merged' as const, from: ['old-a', 'old-b'], to: ['new'] }],
    };
    const rows = {
      ...emptyRows(),
      progress: [
        { itemId: 'old-a', status: 'done' as const, updatedAt: at(1) },
        { itemId: 'old-b', status: 'done' as const, updatedAt: at(2) },
        { itemId: 'kept', status: 'in-progress' as const, updatedAt: at(3) },
      ],
      notes: [{ itemId: 'old-b', text: 'notes', updatedAt: at(4) }],
      resources: [{ id: 'r', itemId: 'old-a', title: 'Docs', createdAt: at(5) }],
    };
    const moved = rowsAtCurrentContent(rows, curriculum, 1);
    expect(moved.progress.map((row) => [row.itemId, row.status]).sort()).toEqual([
      ['kept', 'in-progress'],
      ['new', 'done'],
    ]);
    expect(moved.notes.map((note) => [note.itemId, note.text])).toEqual([['new', 'notes']]);
    expect(moved.resources.map((resource) => resource.itemId)).toEqual(['new']);
    expect(moved.progress.every((row) => row.updatedAt <= at(4))).toBe(true);
    expect(rowsAtCurrentContent(rows, curriculum, 2)).toBe(rows);
  });
});
