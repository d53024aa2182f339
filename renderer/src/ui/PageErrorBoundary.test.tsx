import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../shared/domain/projects';
import { freshDatabase } from '../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../db/database-context';
import { createProject } from '../db/repositories/projects';
import { ProjectDetailsForm } from '../features/portfolio/ProjectDetailsForm';
import { PageErrorBoundary } from './PageErrorBoundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('PageErrorBoundary', () => {
  it('shows what failed on a page with a row it cannot read, offers the raw export, and the next page works', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const db = await freshDatabase();
    const created = await createProject(db, { title: 'Damaged on disk' });
    if (!created.ok) throw new Error('setup failed');
    // A row written by hand (or by a bug) that the schema never allowed: links is not a list.
    await db.projects.update(created.value.id, { links: null as unknown as Project['links'] });
    const damaged = await db.projects.get(created.value.id);
    if (!damaged) throw new Error('setup failed');
    const before = await db.projects.get(created.value.id);

    const view = render(
      <DatabaseProvider db={db}>
        <p>Sidebar</p>
        <PageErrorBoundary key="project" resetKey="project/1" pageName="Project">
          <ProjectDetailsForm project={damaged} />
        </PageErrorBoundary>
      </DatabaseProvider>,
    );
    const alert = await screen.findByRole('alert', { name: 'Project could not be shown' });
    expect(alert.textContent).toMatch(/could not be read on this page: .+Nothing was changed/);
    expect(screen.getByRole('button', { name: 'Export my data as it is' })).toBeTruthy();
    expect(screen.getByText('Sidebar')).toBeTruthy();
    expect(await db.projects.get(created.value.id)).toEqual(before);

    // Going to another route draws it normally.
    view.rerender(
      <DatabaseProvider db={db}>
        <p>Sidebar</p>
        <PageErrorBoundary key="project" resetKey="roadmap" pageName="Roadmap">
          <p>Roadmap page</p>
        </PageErrorBoundary>
      </DatabaseProvider>,
    );
    await waitFor(() => expect(screen.getByText('Roadmap page')).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
