import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo, DesktopApi } from '../../../../shared/ipc/contract';
import { fail, ok } from '../../../../shared/result';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { SettingsPage } from './SettingsPage';

let info: AppInfo;
const unavailable = async () => fail('unsupported', 'Not in this test.');
// desktopApi() keeps the first object it finds, so one object serves every test.
window.shipready = {
  getAppInfo: async () => ok(info),
  listBackups: async () => ok([]),
  getLlmSettings: unavailable,
  findLocalLlm: unavailable,
} as unknown as DesktopApi;

const browserEdition: AppInfo = {
  name: 'ShipReady',
  version: '1.2.3',
  edition: 'browser',
  dataDir: '/home/ana/.config/ShipReady',
  origin: 'http://127.0.0.1:23456',
};

async function renderSettings() {
  render(
    <DatabaseProvider db={await freshDatabase()}>
      <SettingsPage />
    </DatabaseProvider>,
  );
  await screen.findByText('1.2.3');
}

describe('Settings, about this copy', () => {
  beforeEach(() => {
    info = browserEdition;
  });

  it('shows the address the browser keeps this copy’s data under', async () => {
    await renderSettings();
    expect(screen.getByText('http://127.0.0.1:23456')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns when this start uses another address than the last one', async () => {
    info = {
      ...browserEdition,
      originWarning: 'This start uses http://127.0.0.1:23457, but the last one used http://127.0.0.1:23456.',
    };
    await renderSettings();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'the last one used http://127.0.0.1:23456',
    );
  });
});
