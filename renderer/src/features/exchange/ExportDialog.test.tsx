import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DesktopApi, SavedFile, SaveFileRequest } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/result';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { createProject } from '../../db/repositories/projects';
import { ExportDialog } from './ExportDialog';

describe('ExportDialog', () => {
  it('shows each step of a long export, and clears it once the file is saved', async () => {
    const db = await freshDatabase();
    await createProject(db, { title: 'Eval harness' });
    const saves: SaveFileRequest[] = [];
    let finishSave: (result: Result<SavedFile>) => void = () => {};
    window.shipready = {
      saveFile: (request: SaveFileRequest) => {
        saves.push(request);
        return new Promise((resolve) => {
          finishSave = resolve;
        });
      },
    } as unknown as DesktopApi;
    render(
      <DatabaseProvider db={db}>
        <ExportDialog onClose={() => {}} />
      </DatabaseProvider>,
    );
    const save = await screen.findByRole('button', { name: 'Save Portfolio bundle' });
    await waitFor(() => expect((save as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(save);
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Step 3 of 3: Saving…'));
    expect(screen.getByRole('progressbar', { name: 'Export progress' }).getAttribute('value')).toBe('3');
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]?.suggestedName).toMatch(/\.shipready$/);
    expect(JSON.parse(saves[0]?.content ?? '{}').sections.projects[0].title).toBe('Eval harness');
    finishSave({ ok: true, value: { saved: true, path: '/tmp/x.shipready' } });
    await waitFor(() => expect(status.textContent).toBe(''));
  });
});
