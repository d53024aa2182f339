import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { NotesEditor } from './NotesEditor';

describe('NotesEditor', () => {
  it('keeps what was typed when the disk is full, says so, and saves it once there is room again', async () => {
    const db = await freshDatabase();
    const put = vi
      .spyOn(db.notes, 'put')
      .mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    render(
      <DatabaseProvider db={db}>
        <NotesEditor itemId="m1-a" />
      </DatabaseProvider>,
    );
    const box = (await screen.findByLabelText('Notes')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.change(box, { target: { value: 'semaphore of 20, gather with return_exceptions' } });
    act(() => fireEvent.blur(box));
    expect((await screen.findByRole('alert')).textContent).toMatch(/full/);
    expect(box.value).toBe('semaphore of 20, gather with return_exceptions');
    expect(await db.notes.count()).toBe(0);

    put.mockRestore();
    act(() => fireEvent.blur(box));
    await waitFor(async () =>
      expect((await db.notes.get('m1-a'))?.text).toBe('semaphore of 20, gather with return_exceptions'),
    );
  });
});
