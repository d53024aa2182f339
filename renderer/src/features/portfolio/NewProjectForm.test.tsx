import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { NewProjectForm } from './NewProjectForm';

describe('NewProjectForm', () => {
  it('names the missing title, keeps what was typed and writes nothing', async () => {
    const db = await freshDatabase();
    const before = await rowCounts(db);
    render(
      <DatabaseProvider db={db}>
        <NewProjectForm />
      </DatabaseProvider>,
    );
    fireEvent.change(screen.getByLabelText('Summary'), { target: { value: 'Half-written summary' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/title/i);
    expect((screen.getByLabelText('Summary') as HTMLTextAreaElement).value).toBe('Half-written summary');
    expect(await rowCounts(db)).toEqual(before);
  });

  it('creates the project and clears the form', async () => {
    const db = await freshDatabase();
    render(
      <DatabaseProvider db={db}>
        <NewProjectForm />
      </DatabaseProvider>,
    );
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Eval harness' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    await waitFor(async () => expect(await db.projects.count()).toBe(1));
    await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(''));
  });

  it('shows the title’s length against its limit, and names a title that is too long before writing', async () => {
    const db = await freshDatabase();
    const before = await rowCounts(db);
    render(
      <DatabaseProvider db={db}>
        <NewProjectForm />
      </DatabaseProvider>,
    );
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'x'.repeat(205) } });
    expect(screen.getByText('205 of 200 characters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The title is 205 characters; shorten it to 200 or fewer.',
    );
    expect(await rowCounts(db)).toEqual(before);
  });
});
