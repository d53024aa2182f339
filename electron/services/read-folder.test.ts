import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { desktopDialogs } from '../main/dialogs';
import { dataPaths } from './data-dir';
import { createDesktopHandlers } from './desktop-handlers';
import { dispatch } from './dispatch';
import type { LlmService } from './llm/llm-service';
import { readFolder } from './read-folder';

async function mlruns() {
  const root = join(await mkdtemp(join(tmpdir(), 'shipready-folder-')), 'mlruns');
  const run = join(root, '1', 'abc');
  await mkdir(join(run, 'metrics'), { recursive: true });
  await mkdir(join(run, 'artifacts'), { recursive: true });
  await mkdir(join(root, '.trash'), { recursive: true });
  await writeFile(join(run, 'meta.yaml'), 'run_id: abc\n');
  await writeFile(join(run, 'metrics', 'accuracy'), '1772400100000 0.7 0\n');
  await writeFile(join(run, 'artifacts', 'model.bin'), 'weights');
  await writeFile(join(root, '.trash', 'old'), 'gone');
  return root;
}

const handlersWith = (pickFolderToOpen?: (senderId?: number) => Promise<null>) =>
  createDesktopHandlers({
    paths: dataPaths(tmpdir()),
    appInfo: { name: 'ShipReady', version: '1.0.0', edition: 'desktop' },
    llm: {} as LlmService,
    ...(pickFolderToOpen ? { pickFolderToOpen } : {}),
  });

describe('files:open-folder', () => {
  it('reads the folder’s text files by path from its name, skipping artifacts and the trash', async () => {
    const folder = await readFolder(await mlruns());
    expect(folder.name).toBe('mlruns');
    expect(folder.files.map((file) => file.relativePath).sort()).toEqual([
      'mlruns/1/abc/meta.yaml',
      'mlruns/1/abc/metrics/accuracy',
    ]);
    expect(folder.files.find((file) => file.relativePath.endsWith('accuracy'))?.text).toBe(
      '1772400100000 0.7 0\n',
    );
  });

  it('the desktop dialog asks for a directory over the asking window and reads it; cancel reads nothing', async () => {
    const path = await mlruns();
    const window = { id: 'window 5' };
    const showOpenDialog = vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: [path] }));
    const dialogs = desktopDialogs({
      dialog: { showOpenDialog, showSaveDialog: vi.fn() } as never,
      windowOf: ((id: number | undefined) => (id === 5 ? window : null)) as never,
      documentsDir: () => '/home/ana/Documents',
    });
    expect((await dialogs.pickFolderToOpen?.(5))?.files).toHaveLength(2);
    expect(showOpenDialog).toHaveBeenCalledWith(window, {
      defaultPath: '/home/ana/Documents',
      properties: ['openDirectory'],
    });
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.pickFolderToOpen?.(5)).toBeNull();
  });

  it('answers unsupported where the page picks folders itself, and the dialog’s answer otherwise', async () => {
    expect(await dispatch(handlersWith(), 'files:open-folder', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    const pick = vi.fn(async () => null);
    expect(
      await dispatch(handlersWith(pick), 'files:open-folder', {}, () => {}, { emit: () => {}, senderId: 3 }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(pick).toHaveBeenCalledWith(3);
  });
});
