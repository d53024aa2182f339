// A person's data on content version 1 opens on version 2: progress, notes and resources follow the
// id map, the rest is untouched, and the app says what changed.
import { expect } from 'vitest';
import { test } from './fixtures/test';
import { ShellPage } from './pages/shell-page';

const at = '2026-11-01T09:00:00.000Z';

/** Writes rows as version 1 of the content left them, straight into IndexedDB. */
async function seedVersion1(page: ShellPage['page']) {
  await page.evaluate(async (updatedAt) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('shipready');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['progress', 'notes', 'resources', 'settings'], 'readwrite');
    const progress = tx.objectStore('progress');
    progress.put({ itemId: 'm1-embeddings-semantic-search', status: 'done', updatedAt });
    progress.put({ itemId: 'm2-embeddings-in-practice', status: 'done', updatedAt });
    progress.put({ itemId: 'm3-agent-safety', status: 'in-progress', updatedAt });
    progress.put({ itemId: 'm1-t-tiny-semantic-search', status: 'done', updatedAt });
    progress.put({ itemId: 'm2-hnsw-vs-ivf', status: 'skipped', skipReason: 'already-known', updatedAt });
    const notes = tx.objectStore('notes');
    notes.put({ itemId: 'm1-embeddings-semantic-search', text: 'normalise, then dot product', updatedAt });
    notes.put({ itemId: 'm3-agent-safety', text: 'three capabilities', updatedAt });
    tx.objectStore('resources').put({
      id: 'r-old-1',
      itemId: 'm3-agent-safety',
      title: 'My red-team list',
      createdAt: updatedAt,
    });
    tx.objectStore('settings').put({ key: 'content.version', value: 1, updatedAt });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, at);
}

async function readRows(page: ShellPage['page']) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('shipready');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (name: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
    const rows = {
      progress: await all('progress'),
      notes: await all('notes'),
      resources: await all('resources'),
      settings: await all('settings'),
    };
    db.close();
    return rows;
  });
}

test('progress, notes and resources follow the id map to content version 2, and the notice lists the changes', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  await shell.waitReady();
  // A first start records the content version; seed only after it has, or that write would win.
  await expect
    .poll(async () => (await readRows(app.page)).settings.find((row) => row.key === 'content.version')?.value)
    .toBe(2);
  await seedVersion1(app.page);
  await shell.reload();

  await app.page
    .getByText('The curriculum moved to version 2: 10 lessons changed, 2 merged, 1 moved, 17 new.', {
      exact: false,
    })
    .waitFor();

  const rows = await readRows(app.page);
  const status = new Map(rows.progress.map((row) => [row.itemId, row.status]));
  // Merged: both parts done, so the merged lesson is done; the retired ids are gone.
  expect(status.get('m2-embeddings-in-practice')).toBe('done');
  expect(status.has('m1-embeddings-semantic-search')).toBe(false);
  expect(status.get('m6-prompt-injection-and-compliance')).toBe('in-progress');
  expect(status.has('m3-agent-safety')).toBe(false);
  // Moved: the task keeps its status under its new id.
  expect(status.get('m2-t-tiny-semantic-search')).toBe('done');
  expect(status.has('m1-t-tiny-semantic-search')).toBe(false);
  // Not in the map: untouched.
  expect(rows.progress.find((row) => row.itemId === 'm2-hnsw-vs-ivf')).toMatchObject({
    status: 'skipped',
    skipReason: 'already-known',
    updatedAt: at,
  });

  const notes = new Map(rows.notes.map((row) => [row.itemId, row.text]));
  expect(notes.get('m2-embeddings-in-practice')).toBe('normalise, then dot product');
  expect(notes.get('m6-prompt-injection-and-compliance')).toBe('three capabilities');
  expect(
    [...notes.keys()].filter((id) => id === 'm1-embeddings-semantic-search' || id === 'm3-agent-safety'),
  ).toEqual([]);
  expect(rows.resources).toEqual([
    expect.objectContaining({
      id: 'r-old-1',
      itemId: 'm6-prompt-injection-and-compliance',
      title: 'My red-team list',
    }),
  ]);
  expect(rows.settings.find((row) => row.key === 'content.version')?.value).toBe(2);

  // Shown once: the next start is already on version 2 and says nothing.
  await shell.reload();
  await shell.open('Roadmap');
  expect(await app.page.getByText('The curriculum moved', { exact: false }).count()).toBe(0);
});
