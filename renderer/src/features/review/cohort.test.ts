import { describe, expect, it } from 'vitest';
import type { PortfolioBundle } from '../../../../shared/bundle/schema';
import type { OpenedBundle } from '../../db/review-space';
import { bundleDate, bundlesByStudent, latestPerStudent } from './cohort';

const opened = (hash: string, owner: string, openedAt: string, exportedAt?: string): OpenedBundle => ({
  hash,
  owner,
  openedAt,
  bundle: { ...(exportedAt ? { exportedAt } : {}) } as PortfolioBundle,
});

const ana1 = opened('a1', 'Ana', '2026-11-20T00:00:00.000Z', '2026-10-01T00:00:00.000Z');
const ana2 = opened('a2', 'ana ', '2026-11-10T00:00:00.000Z', '2026-11-05T00:00:00.000Z');
const bo = opened('b1', 'Bo', '2026-11-15T00:00:00.000Z');

describe('bundles in the review space by student', () => {
  it('dates a bundle by its export, else by when it was opened', () => {
    expect(bundleDate(ana1)).toBe('2026-10-01T00:00:00.000Z');
    expect(bundleDate(bo)).toBe('2026-11-15T00:00:00.000Z');
  });

  it('groups two bundles of one student under the student, newest export first', () => {
    const students = bundlesByStudent([ana1, bo, ana2]);
    expect(students.map((s) => s.owner)).toEqual(['ana', 'Bo']);
    expect(students[0]?.bundles.map((b) => b.hash)).toEqual(['a2', 'a1']);
  });

  it('lists each student once in the cohort, by the latest bundle', () => {
    expect(latestPerStudent([ana1, bo, ana2]).map((b) => b.hash)).toEqual(['a2', 'b1']);
  });
});
