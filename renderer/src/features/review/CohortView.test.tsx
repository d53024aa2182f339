import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../../shared/bundle/build-bundle';
import type { BundleRows } from '../../../../shared/domain/tables';
import { allIncluded, sampleRows } from '../../../../tests/fixtures/bundles/bundle-rows';
import { installFakeCohortDesktop, studentLine } from '../../../../tests/fixtures/fake-cohort-desktop';
import { storeOpenedBundle } from '../../db/live-review-space';
import { appStore } from '../../store/app-store';
import { reloadCohortFolder } from '../cohort/cohort-folder-state';
import { CohortView } from './CohortView';

// desktopApi() keeps the first object it finds, so one fake serves every test.
const fake = installFakeCohortDesktop();
// Scoring runs on this thread in jsdom, beside the curriculum's first load: more than a second on a busy machine.
const slow = { timeout: 5_000 };

async function publish(studentId: string, owner: string, rows: BundleRows = sampleRows()) {
  const { text } = await buildBundle({ owner, contentVersion: 2, rows, privacy: allIncluded });
  fake.files.set(studentId, text);
  return studentLine(studentId, { owner, bundleHash: JSON.parse(text).contentHash });
}

const table = () => screen.getByRole('table', { name: 'Cohort comparison' });
const rowOf = (name: string) =>
  within(table())
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader')?.textContent?.includes(name));
/** The cell under a column, for a student. */
function cell(name: string, column: string): string {
  const headers = within(table()).getAllByRole('columnheader');
  const at = headers.findIndex((header) => header.textContent?.startsWith(column));
  return rowOf(name)?.querySelectorAll('th, td')[at]?.textContent ?? '';
}

describe('the cohort table of a connected cohort folder', () => {
  it('has one row per student of the folder, scored from each bundle, and names a bundle it cannot read', async () => {
    const ana = await publish('ana-01', 'Ana');
    const bo = await publish('bo-02', 'Bo');
    fake.files.set('bo-02', (fake.files.get('bo-02') ?? '').replace('"Reranked"', '"Reranked by hand"'));
    const cy = studentLine('cy-03', {
      owner: '',
      bundleHash: null,
      problem: 'students/cy-03/bundle.json holds a git merge conflict: resolve it before reviewing.',
    });
    fake.setStudents([ana, bo, cy]);
    render(<CohortView />);
    await screen.findByText('3 students read from the folder.', undefined, slow);
    expect(screen.getByText(/Every student of the cohort folder/).textContent).toContain(
      '/cohorts/fall-2026',
    );
    expect(within(table()).getAllByRole('row')).toHaveLength(4);
    // By hand from the sample portfolio: two eval runs, its one shipped project archived, recall 0.7.
    expect([cell('Ana', 'Eval runs'), cell('Ana', 'Shipped projects'), cell('Ana', 'Best recall')]).toEqual([
      '2',
      '0',
      '0.7',
    ]);
    expect(rowOf('bo-02')?.textContent).toMatch(/students\/bo-02\/bundle\.json cannot be read: Content hash/);
    expect(cell('bo-02', 'Eval runs')).toBe('—');
    expect(rowOf('cy-03')?.textContent).toContain('holds a git merge conflict');
    // The conflicted bundle is not read at all; the others once each.
    expect(fake.studentReads.sort()).toEqual(['ana-01', 'bo-02']);
  });

  it('after a pull that changed one bundle, reads and scores only that student again', async () => {
    fake.studentReads.length = 0;
    const rows = sampleRows();
    const cy = await publish('cy-03', 'Cy', {
      ...rows,
      projects: rows.projects.map(({ archivedAt: _, ...project }) => project),
    });
    fake.setStudents(fake.index.students.map((line) => (line.studentId === 'cy-03' ? cy : line)));
    render(<CohortView />);
    await act(() => reloadCohortFolder());
    await waitFor(() => expect(cell('Cy', 'Shipped projects')).toBe('1'), slow);
    expect(fake.studentReads).toEqual(['cy-03']);
    expect(cell('Ana', 'Eval runs')).toBe('2');
  });

  it('opens a student’s page from the folder when their name is clicked, and says why when it cannot', async () => {
    render(<CohortView />);
    await screen.findByText('3 students read from the folder.', undefined, slow);
    fireEvent.click(within(table()).getByRole('button', { name: 'Ana' }));
    const hash = fake.index.students.find((line) => line.studentId === 'ana-01')?.bundleHash;
    await waitFor(
      () => expect(appStore.getState().route).toEqual({ page: 'review', path: ['bundle', hash] }),
      slow,
    );

    fake.files.delete('cy-03');
    const cy = within(table()).getByRole<HTMLButtonElement>('button', { name: 'Cy' });
    await waitFor(() => expect(cy.disabled).toBe(false));
    fireEvent.click(cy);
    await waitFor(
      () =>
        expect(appStore.getState().notices.map((notice) => notice.message)).toContain(
          'students/cy-03/bundle.json is not in the folder.',
        ),
      slow,
    );
  });
});

describe('the cohort table without a cohort folder', () => {
  it('compares the bundles opened in the review space, and says so', async () => {
    fake.connection = null;
    await reloadCohortFolder();
    const { text } = await buildBundle({
      owner: 'Grace',
      contentVersion: 2,
      rows: sampleRows(),
      privacy: allIncluded,
    });
    const bundle = JSON.parse(text);
    await storeOpenedBundle({
      hash: bundle.contentHash,
      owner: 'Grace',
      openedAt: new Date().toISOString(),
      bundle,
    });
    render(<CohortView />);
    await waitFor(() => expect(rowOf('Grace')).toBeTruthy(), slow);
    expect(screen.getByText(/bundles opened in the review space/)).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(cell('Grace', 'Eval runs')).toBe('2');
  });
});
