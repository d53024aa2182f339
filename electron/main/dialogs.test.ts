import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { desktopDialogs } from './dialogs';

const askingWindow = { id: 'window of page 5' };

function setUp(answer: { canceled: boolean; filePath?: string; filePaths?: string[] }) {
  const dialog = {
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({
      canceled: answer.canceled,
      filePath: answer.filePath ?? '',
    })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
      canceled: answer.canceled,
      filePaths: answer.filePaths ?? [],
    })),
  };
  const windowOf = vi.fn((senderId: number | undefined) => (senderId === 5 ? askingWindow : null));
  const dialogs = desktopDialogs({
    dialog: dialog as never,
    windowOf: windowOf as never,
    documentsDir: () => '/home/ana/Documents',
  });
  return { dialog, dialogs };
}

describe('desktop dialogs', () => {
  it('asks where to save over the asking page’s window, starting in Documents with the suggested name', async () => {
    const { dialog, dialogs } = setUp({ canceled: false, filePath: '/home/ana/Documents/report.html' });
    const filters = [{ name: 'HTML report', extensions: ['html'] }];
    expect(await dialogs.chooseSavePath?.('report.html', filters, 5)).toBe('/home/ana/Documents/report.html');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(askingWindow, {
      defaultPath: join('/home/ana/Documents', 'report.html'),
      filters,
    });
  });

  it('answers null when the person cancels', async () => {
    const { dialogs } = setUp({ canceled: true });
    expect(await dialogs.chooseSavePath?.('a.json', [], 5)).toBeNull();
  });

  it('opens over the asking page’s window in Documents and reads the chosen file', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'shipready-dialogs-')), 'ana.shipready');
    await writeFile(path, '{"bundle":1}');
    const { dialog, dialogs } = setUp({ canceled: false, filePaths: [path] });
    expect(await dialogs.pickFileToOpen?.([], 5)).toEqual({ name: 'ana.shipready', content: '{"bundle":1}' });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      askingWindow,
      expect.objectContaining({ defaultPath: '/home/ana/Documents' }),
    );
  });

  it('shows an unparented dialog when the asking page has no window any more', async () => {
    const { dialog, dialogs } = setUp({ canceled: true });
    await dialogs.chooseSavePath?.('a.json', [], 99);
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: join('/home/ana/Documents', 'a.json'),
    });
  });
});
