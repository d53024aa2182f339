import { describe, expect, it } from 'vitest';
import { type CohortFile, indexCohortFolder } from './folder-index';
import { cohortInfoText, reviewPath } from './layout';

const hashA = `sha256:${'a'.repeat(64)}`;
const hashB = `sha256:${'b'.repeat(64)}`;
const at = '2026-12-01T10:00:00.000Z';
const bundle = (owner: string, hash: string, projects = 2) =>
  JSON.stringify({
    format: 'shipready-portfolio',
    owner: { name: owner },
    contentHash: hash,
    sections: { projects: Array.from({ length: projects }, (_, i) => ({ id: `p${i}` })) },
  });
const review = (mentor: string, bundleHash: string, reviewedAt: string, verdict: string) =>
  JSON.stringify({
    format: 'shipready-review',
    mentor: { name: mentor },
    bundleHash,
    reviewedAt,
    recommendation: { verdict },
  });
const file = (path: string, text: string): CohortFile => ({ path, text, modifiedAt: at });
const cohortJson = file(
  'cohort.json',
  cohortInfoText({ format: 'shipready-cohort', formatVersion: '1.0.0', name: 'Fall 2026', rubricVersion: 3 }),
);

describe('indexing a cohort folder', () => {
  it('gives one line per student with the latest bundle, its review rounds and the newest verdict', () => {
    const index = indexCohortFolder([
      cohortJson,
      file('students/ana-01/bundle.json', bundle('Ana', hashA, 3)),
      file('students/bo-02/bundle.json', bundle('Bo', hashB)),
      file(
        reviewPath('linus', 'ana-01', hashB),
        review('Linus', hashB, '2026-11-01T00:00:00.000Z', 'not-yet'),
      ),
      file(
        reviewPath('grace', 'ana-01', hashA),
        review('Grace', hashA, '2026-11-20T00:00:00.000Z', 'almost'),
      ),
    ]);
    expect(index.cohort?.name).toBe('Fall 2026');
    expect(index.problems).toEqual([]);
    expect(index.students.map((s) => [s.studentId, s.owner, s.projects, s.verdict])).toEqual([
      ['ana-01', 'Ana', 3, 'almost'],
      ['bo-02', 'Bo', 2, null],
    ]);
    expect(index.students[0]?.rounds.map((r) => [r.mentorId, r.ofLatest])).toEqual([
      ['linus', false],
      ['grace', true],
    ]);
  });

  it('shows a Syncthing conflict copy and a git conflict with both versions, and reads neither as the bundle', () => {
    const conflicted = `<<<<<<< HEAD\n${bundle('Ana', hashA)}\n=======\n${bundle('Ana', hashB)}\n>>>>>>> origin/main\n`;
    const index = indexCohortFolder([
      cohortJson,
      file('students/ana-01/bundle.json', conflicted),
      file('students/bo-02/bundle.json', bundle('Bo', hashA)),
      file('students/bo-02/bundle.sync-conflict-20261201-101500-ABCDEFG.json', bundle('Bo', hashB)),
    ]);
    expect(index.conflicts.map((c) => [c.path, c.engine])).toEqual([
      ['students/ana-01/bundle.json', 'git'],
      ['students/bo-02/bundle.json', 'syncthing'],
    ]);
    expect(index.conflicts[0]?.ours).toContain(hashA);
    expect(index.conflicts[0]?.theirs).toContain(hashB);
    expect(index.conflicts[1]?.ours).toContain(hashA);
    expect(index.conflicts[1]?.theirs).toContain(hashB);
    expect(index.students[0]?.problem).toMatch(/git merge conflict/);
    expect(index.students[0]?.bundleHash).toBeNull();
    expect(index.students).toHaveLength(2);
  });

  it('names what it could not read: no cohort.json, a bundle that is not one, a review of nobody', () => {
    const index = indexCohortFolder([
      file('students/ana-01/bundle.json', 'not json'),
      file(reviewPath('linus', 'zed-99', hashA), review('Linus', hashA, at, 'almost')),
    ]);
    expect(index.cohort).toBeNull();
    expect(index.students[0]?.problem).toBe(
      'students/ana-01/bundle.json is not a ShipReady portfolio bundle.',
    );
    expect(index.problems).toEqual([
      'cohort.json is missing: this folder is not set up as a cohort yet.',
      `${reviewPath('linus', 'zed-99', hashA)} reviews zed-99, who has no bundle in students/.`,
    ]);
  });

  it('reuses what it read of a bundle whose path, date and length are unchanged, and reads a changed one', () => {
    const cache = new Map();
    const text = bundle('Ana', hashA);
    indexCohortFolder([cohortJson, file('students/ana-01/bundle.json', text)], cache);
    const sameKey = 'x'.repeat(text.length);
    const again = indexCohortFolder([cohortJson, file('students/ana-01/bundle.json', sameKey)], cache);
    expect(again.students[0]?.owner).toBe('Ana');
    const changed = indexCohortFolder(
      [
        cohortJson,
        {
          path: 'students/ana-01/bundle.json',
          text: bundle('Bo', hashB),
          modifiedAt: '2026-12-02T00:00:00.000Z',
        },
      ],
      cache,
    );
    expect(changed.students[0]?.owner).toBe('Bo');
  });
});
