// A saved bundle's content hash is recorded, so a mentor review of that very file counts as verified evidence.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DesktopApi, SavedFile, SaveFileRequest } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/result';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { readVerification } from '../../db/readiness-verification';
import { createProject } from '../../db/repositories/projects';
import { ExportDialog } from './ExportDialog';

// desktopApi() keeps the first object it finds, so every test answers through this one.
let answer: Result<SavedFile> = { ok: true, value: { saved: false } };
const saves: SaveFileRequest[] = [];
window.shipready = {
  saveFile: async (request: SaveFileRequest) => {
    saves.push(request);
    return answer;
  },
} as unknown as DesktopApi;

async function exportBundle(saved: Result<SavedFile>) {
  const db = await freshDatabase();
  await createProject(db, { title: 'Eval harness' });
  answer = saved;
  saves.length = 0;
  render(
    <DatabaseProvider db={db}>
      <ExportDialog onClose={() => {}} />
    </DatabaseProvider>,
  );
  const save = await screen.findByRole('button', { name: 'Save Portfolio bundle' });
  await waitFor(() => expect((save as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(save);
  await waitFor(() => expect(saves).toHaveLength(1), { timeout: 10_000 });
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''), { timeout: 10_000 });
  return { db, content: saves[0]?.content ?? '{}' };
}

describe('ExportDialog records the exported bundle', () => {
  it("stores the saved bundle's content hash in a bundle.exported event", async () => {
    const { db, content } = await exportBundle({
      ok: true,
      value: { saved: true, path: '/tmp/x.shipready' },
    });
    const { contentHash } = JSON.parse(content) as { contentHash: string };
    const events = await db.events.where('kind').equals('bundle.exported').toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityId: '/tmp/x.shipready', detail: { contentHash } });
    expect((await readVerification(db)).bundleHashes).toEqual([contentHash]);
  });

  it('records nothing when the person cancels the save', async () => {
    const { db } = await exportBundle({ ok: true, value: { saved: false } } as Result<SavedFile>);
    expect(await db.events.where('kind').equals('bundle.exported').count()).toBe(0);
    expect((await readVerification(db)).bundleHashes).toEqual([]);
  });
});
