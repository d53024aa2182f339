// A "start a project" next action lands in the new-project form with its title focused.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { appStore } from '../../store/app-store';
import { NewProjectForm } from '../portfolio/NewProjectForm';

async function renderAt(path: string[]) {
  appStore.getState().goTo('portfolio', ...path);
  const db = await freshDatabase();
  render(
    <DatabaseProvider db={db}>
      <NewProjectForm />
    </DatabaseProvider>,
  );
}

describe('useActionTarget', () => {
  it('focuses the new project title when the route is portfolio/new-project', async () => {
    await renderAt(['new-project']);
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
  });

  it('leaves the focus alone on a plain visit to the portfolio', async () => {
    await renderAt([]);
    expect(document.activeElement).not.toBe(screen.getByLabelText('Title'));
  });
});
