import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeCohortDesktop, studentLine } from '../../../../tests/fixtures/fake-cohort-desktop';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { CohortFolderList } from './CohortFolderList';
import { CohortSettingsCard } from './CohortSettingsCard';
import { reloadCohortFolder } from './cohort-folder-state';

// desktopApi() keeps the first object it finds, so one fake serves every test.
const fake = installFakeCohortDesktop([studentLine('bo-02'), studentLine('cy-03')]);
const mentorField = () => screen.getByLabelText<HTMLInputElement>(/^Your mentor id/);
const studentField = () => screen.getByLabelText<HTMLInputElement>(/^Your student id/);

describe('the id field keeps what was typed while the cohort folder is read again', () => {
  it('mentor: through a read that fails (a file git was replacing) and a pull that brings a student', async () => {
    render(<CohortFolderList />);
    await screen.findByText(/\(2 students\)/);
    const field = mentorField();
    fireEvent.change(field, { target: { value: 'linus' } });

    fake.failNextIndexRead('students/bo-02/bundle.json was replaced while it was read.');
    await reloadCohortFolder();
    expect(mentorField().value).toBe('linus');
    expect(screen.getByRole('list', { name: 'Students in the cohort folder' })).toBeTruthy();

    fake.setStudents([studentLine('ana-01'), studentLine('bo-02'), studentLine('cy-03')]);
    await reloadCohortFolder();
    await screen.findByText(/\(3 students\)/);
    expect(mentorField().value).toBe('linus');
    // The very same field: it was never taken off the page and drawn afresh.
    expect(mentorField()).toBe(field);
  });

  it('mentor: a slow read that answers after a newer one does not bring back the older index', async () => {
    render(<CohortFolderList />);
    const held = fake.holdNextIndexRead();
    const older = reloadCohortFolder();
    await held.asked;
    fake.setStudents([
      studentLine('ana-01'),
      studentLine('bo-02'),
      studentLine('cy-03'),
      studentLine('dee-04'),
    ]);
    await reloadCohortFolder();
    await screen.findByText(/\(4 students\)/);
    await act(async () => {
      held.release();
      await older;
    });
    expect(screen.getByText(/\(4 students\)/)).toBeTruthy();
  });

  it('mentor: what was typed is still there when the person leaves the review space and comes back', async () => {
    const first = render(<CohortFolderList />);
    await screen.findByText(/students\)/);
    fireEvent.change(mentorField(), { target: { value: 'grace' } });
    first.unmount();
    render(<CohortFolderList />);
    expect(mentorField().value).toBe('grace');
  });

  it('student: in Settings, through a failed read and a new index', async () => {
    render(
      <DatabaseProvider db={await freshDatabase()}>
        <CohortSettingsCard />
      </DatabaseProvider>,
    );
    const field = await screen.findByLabelText<HTMLInputElement>(/^Your student id/);
    fireEvent.change(field, { target: { value: 'ana-01' } });
    fake.failNextIndexRead('students/bo-02/bundle.json was replaced while it was read.');
    await reloadCohortFolder();
    fake.setStudents([studentLine('ana-01')]);
    await reloadCohortFolder();
    expect(studentField().value).toBe('ana-01');
    expect(studentField()).toBe(field);
    // Keeping the id saves exactly what was typed.
    fireEvent.click(screen.getByRole('button', { name: 'Keep this id' }));
    await waitFor(() => expect(fake.connection?.studentId).toBe('ana-01'));
    await screen.findByText('ana-01');
  });
});
