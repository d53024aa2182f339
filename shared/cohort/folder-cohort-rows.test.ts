import { describe, expect, it } from 'vitest';
import type { CohortRow } from './cohort-row';
import { folderRow, planFolderRows, scoredKey } from './folder-cohort-rows';
import type { CohortStudentLine } from './folder-index';
import type { ScoredText } from './score-bundle-text';

const line = (studentId: string, extra: Partial<CohortStudentLine> = {}): CohortStudentLine => ({
  studentId,
  owner: studentId.slice(0, 2),
  bundleHash: `sha256:${studentId}`,
  publishedAt: '2026-11-20T10:00:00.000Z',
  projects: 1,
  rounds: [],
  verdict: null,
  problem: null,
  ...extra,
});

const scoredRow = (owner: string): ScoredText => ({
  ok: true,
  row: { owner, hash: 'h', readyToApply: false, missing: null, runs: 2 } as unknown as CohortRow,
});

describe('the cohort table of a cohort folder', () => {
  it('reuses a score for a bundle unchanged since, and reads only the others', () => {
    const ana = line('ana-01');
    const scored = new Map([[scoredKey(ana), scoredRow('Ana')]]);
    const republished = line('bo-02');
    scored.set(scoredKey(republished), scoredRow('Bo'));
    const plan = planFolderRows(
      [ana, { ...republished, publishedAt: '2026-11-21T09:00:00.000Z' }, line('cy-03')],
      scored,
    );
    expect(plan.rows.map((row) => [row.studentId, row.owner, row.runs])).toEqual([['ana-01', 'Ana', 2]]);
    expect(plan.toRead.map((l) => l.studentId)).toEqual(['bo-02', 'cy-03']);
  });

  it('keeps a student whose bundle the index could not read as a row naming the problem, unread', () => {
    const conflicted = line('dee-04', {
      owner: '',
      bundleHash: null,
      problem: 'students/dee-04/bundle.json holds a git merge conflict: resolve it before reviewing.',
    });
    const plan = planFolderRows([conflicted], new Map());
    expect(plan.toRead).toEqual([]);
    expect(plan.rows).toEqual([
      expect.objectContaining({
        studentId: 'dee-04',
        owner: 'Unnamed student',
        problem: conflicted.problem,
        runs: null,
        overall: null,
        readyToApply: false,
      }),
    ]);
  });

  it('puts the student id on a scored row', () => {
    expect(folderRow(line('ana-01'), scoredRow('Ana'))).toMatchObject({ studentId: 'ana-01', problem: null });
  });
});
