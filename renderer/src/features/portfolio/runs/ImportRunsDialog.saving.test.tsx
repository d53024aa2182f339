import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { BackupInfo, DesktopApi } from '../../../../../shared/ipc/contract';
import { ok, type Result } from '../../../../../shared/result';
import { freshDatabase } from '../../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../../db/database-context';
import { createProject } from '../../../db/repositories/projects';
import { ImportRunsDialog, readImportFile } from './ImportRunsDialog';

// The backup is held open until the test releases it, so the dialog can be seen while it works.
let releaseBackup: ((answer: Result<BackupInfo>) => void) | undefined;
window.shipready = {
  writeBackup: () =>
    new Promise<Result<BackupInfo>>((resolve) => {
      releaseBackup = resolve;
    }),
} as unknown as DesktopApi;

it('says what it is doing while the backup and the write are under way', async () => {
  const db = await freshDatabase();
  const project = await createProject(db, { title: 'RAG over docs' });
  if (!project.ok) throw new Error(project.error.message);
  const source = readImportFile('runs.csv', 'date,label,model,recall@5\n2026-10-01,first,local-8b,0.61\n');
  if (!source.ok) throw new Error('the CSV fixture does not parse');
  render(
    <DatabaseProvider db={db}>
      <ImportRunsDialog projectId={project.value.id} source={source.value} onClose={() => {}} />
    </DatabaseProvider>,
  );
  const saying = () => screen.queryByText(/^Saving a backup/);
  expect(saying()).toBeNull();
  fireEvent.click(await screen.findByRole('button', { name: 'Import 1 run' }));
  await waitFor(() => expect(releaseBackup).toBeDefined());
  expect(saying()?.textContent).toBe('Saving a backup, then writing 1 run…');
  expect(saying()?.getAttribute('role')).toBe('status');
  expect(screen.getByRole('button', { name: 'Import 1 run' })).toHaveProperty('disabled', true);
  releaseBackup?.(
    ok({
      fileName: 'shipready-backup-2026-11-21T10-00-00-000Z-before-import-000007.json',
      reason: 'before-import',
      createdAt: '2026-11-21T10:00:00.000Z',
      bytes: 100,
    }),
  );
  await waitFor(() => expect(saying()).toBeNull());
  expect(await db.evalRuns.count()).toBe(1);
});
