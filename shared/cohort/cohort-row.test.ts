import { describe, expect, it } from 'vitest';
import { sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { realCurriculum } from '../../tests/fixtures/personas/curriculum';
import type { PortfolioBundle } from '../bundle/schema';
import type { BundleRows } from '../domain/tables';
import { cohortRow, differingColumns } from './cohort-row';

const bundle = (rows: BundleRows, name = 'Bo'): PortfolioBundle =>
  ({
    contentHash: `sha256:${'b'.repeat(64)}`,
    owner: { name },
    sections: rows,
  }) as unknown as PortfolioBundle;

/** The sample portfolio with its shipped project taken out of the archive. */
function unarchived(): BundleRows {
  const rows = sampleRows();
  return { ...rows, projects: rows.projects.map(({ archivedAt: _, ...project }) => project) };
}

describe('a student’s row in the cohort table', () => {
  it('counts shipped projects that are not archived, eval runs and the best recall and faithfulness', () => {
    // By hand from the sample: p1 is shipped but archived, p2 an idea; runs r1 and r2; recall 0.7 on r1,
    // faithfulness 0.91 on r2.
    const row = cohortRow(realCurriculum, bundle(sampleRows()));
    expect(row).toMatchObject({ owner: 'Bo', shipped: 0, runs: 2, recall: 0.7, faithfulness: 0.91 });
    expect(row.hash).toBe(`sha256:${'b'.repeat(64)}`);
    expect(cohortRow(realCurriculum, bundle(unarchived())).shipped).toBe(1);
  });

  it('names a student without a name, and scores an empty portfolio as nothing yet', () => {
    const empty = Object.fromEntries(Object.keys(sampleRows()).map((table) => [table, []])) as unknown;
    const row = cohortRow(realCurriculum, bundle(empty as BundleRows, '  '));
    expect(row).toMatchObject({ owner: 'Unnamed student', progress: 0, shipped: 0, runs: 0, recall: null });
  });

  it('hides, with differences only, the columns where every student has the same value', () => {
    const rows = [
      cohortRow(realCurriculum, bundle(sampleRows())),
      cohortRow(realCurriculum, bundle(unarchived())),
    ];
    expect(differingColumns(rows)).toContain('shipped');
    expect(differingColumns(rows)).not.toContain('runs');
  });
});
