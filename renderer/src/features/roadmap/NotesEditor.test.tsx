import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import type { ShipReadyDatabase } from '../../db/database';
import { DatabaseProvider } from '../../db/database-context';
import { saveNote } from '../../db/repositories/progress';
import { NotesEditor } from './NotesEditor';
import { keepUnsavedNote, readUnsavedNote } from './unsaved-notes';

async function openEditor(db: ShipReadyDatabase, itemId = 'm1-a') {
  const view = render(
    <DatabaseProvider db={db}>
      <NotesEditor itemId={itemId} />
    </DatabaseProvider>,
  );
  const box = (await screen.findByLabelText('Notes')) as HTMLTextAreaElement;
  await waitFor(() => expect(box.disabled).toBe(false));
  return { box, view };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
});

describe('NotesEditor', () => {
  it('keeps what was typed when the disk is full, says so, and saves it once there is room again', async () => {
    const db = await freshDatabase();
    const put = vi
      .spyOn(db.notes, 'put')
      .mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const { box } = await openEditor(db);
    fireEvent.change(box, { target: { value: 'semaphore of 20, gather with return_exceptions' } });
    act(() => fireEvent.blur(box));
    expect((await screen.findByRole('alert')).textContent).toMatch(/full/);
    expect(box.value).toBe('semaphore of 20, gather with return_exceptions');
    expect(await db.notes.count()).toBe(0);

    put.mockRestore();
    // Coming back to the window retries the failed save.
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await waitFor(async () =>
      expect((await db.notes.get('m1-a'))?.text).toBe('semaphore of 20, gather with return_exceptions'),
    );
  });

  it('saves during steady typing, not only after a pause', async () => {
    const db = await freshDatabase();
    const { box } = await openEditor(db);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let typed = '';
    // A key every 200 ms for 3 s: a 500 ms pause never comes.
    for (let key = 0; key < 15; key += 1) {
      typed += 'x';
      fireEvent.change(box, { target: { value: typed } });
      await act(async () => {
        vi.advanceTimersByTime(200);
      });
    }
    vi.useRealTimers();
    await waitFor(async () => expect((await db.notes.get('m1-a'))?.text.length ?? 0).toBeGreaterThan(5));
  });

  it('keeps the text synchronously when the window hides, and saves it', async () => {
    const db = await freshDatabase();
    const { box } = await openEditor(db);
    fireEvent.change(box, { target: { value: 'typed just before closing' } });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(readUnsavedNote('m1-a')).toEqual({ text: 'typed just before closing', basedOn: null });
    await waitFor(async () => expect((await db.notes.get('m1-a'))?.text).toBe('typed just before closing'));
    await waitFor(() => expect(readUnsavedNote('m1-a')).toBeNull());
  });

  it('saves text a closing window kept, when the note is still the one it was typed over', async () => {
    const db = await freshDatabase();
    keepUnsavedNote('m1-a', { text: 'from the window that closed', basedOn: null });
    await openEditor(db);
    await waitFor(async () => expect((await db.notes.get('m1-a'))?.text).toBe('from the window that closed'));
  });

  it('never writes over a note another window changed; shows both and lets the person choose', async () => {
    const db = await freshDatabase();
    await saveNote(db, 'm1-a', 'first version');
    const { box } = await openEditor(db);
    await waitFor(() => expect(box.value).toBe('first version'));
    fireEvent.change(box, { target: { value: 'first version, edited in window A' } });
    // Window B saves before window A does.
    await saveNote(db, 'm1-a', 'written in window B');
    act(() => fireEvent.blur(box));
    const alert = await screen.findByRole('alert', { name: 'Note changed in another window' });
    expect(alert.textContent).toContain('written in window B');
    expect(alert.textContent).toContain('first version, edited in window A');
    expect((await db.notes.get('m1-a'))?.text).toBe('written in window B');
    expect(box.value).toBe('first version, edited in window A');

    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () =>
      expect((await db.notes.get('m1-a'))?.text).toBe('first version, edited in window A'),
    );
  });

  it('shows the other window’s note when nothing is being typed here', async () => {
    const db = await freshDatabase();
    await saveNote(db, 'm1-a', 'old');
    const { box } = await openEditor(db);
    await waitFor(() => expect(box.value).toBe('old'));
    fireEvent.change(box, { target: { value: 'old and saved here' } });
    act(() => fireEvent.blur(box));
    await waitFor(async () => expect((await db.notes.get('m1-a'))?.text).toBe('old and saved here'));
    await saveNote(db, 'm1-a', 'then changed elsewhere');
    await waitFor(() => expect(box.value).toBe('then changed elsewhere'));
  });
});
