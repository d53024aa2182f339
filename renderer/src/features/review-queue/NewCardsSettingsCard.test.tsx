import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { settingKeys } from '../../db/settings-keys';
import { NewCardsSettingsCard } from './NewCardsSettingsCard';

async function renderCard() {
  const db = await freshDatabase();
  render(
    <DatabaseProvider db={db}>
      <NewCardsSettingsCard />
    </DatabaseProvider>,
  );
  const field = await screen.findByLabelText('New cards a day');
  await waitFor(() => expect((field as HTMLInputElement).value).toBe('10'));
  return { db, field };
}

describe('new cards a day, in Settings', () => {
  it('saves a new limit', async () => {
    const { db, field } = await renderCard();
    fireEvent.change(field, { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await db.settings.get(settingKeys.reviewNewCardsPerDay))?.value).toBe(4),
    );
    await screen.findByText(/Now 4\./);
  });

  it('refuses a limit that is not a whole number from 0 to 100, says so, and stores nothing', async () => {
    const { db, field } = await renderCard();
    const before = await rowCounts(db);
    fireEvent.change(field, { target: { value: '250' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /whole number from 0 to 100.*Nothing was changed/,
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await rowCounts(db)).toEqual(before);
  });
});
