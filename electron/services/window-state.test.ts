import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBounds } from '../main/window-options';
import { loadWindowBounds, saveWindowBounds, saveWindowBoundsSync } from './window-state';

describe('window state', () => {
  it('remembers size and position', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'shipready-window-')), 'window-state.json');
    await saveWindowBounds(path, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(await loadWindowBounds(path)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });

  it.each(['not json', '{"width": -5, "height": 10}', '{"width": "wide"}'])(
    'falls back to defaults on %s',
    async (text) => {
      const path = join(await mkdtemp(join(tmpdir(), 'shipready-window-')), 'window-state.json');
      await writeFile(path, text);
      expect(await loadWindowBounds(path)).toEqual(defaultBounds);
    },
  );

  it('saves synchronously on close: the file is complete when the call returns, with no temp file left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipready-window-'));
    const path = join(dir, 'window-state.json');
    await writeFile(path, '{"width":900,"height":600}');
    saveWindowBoundsSync(path, { x: 5, y: 6, width: 1100, height: 750, maximized: false });
    expect(await readdir(dir)).toEqual(['window-state.json']);
    expect(await loadWindowBounds(path)).toEqual({ x: 5, y: 6, width: 1100, height: 750, maximized: false });
  });

  it('removes its temp file when the save fails, and says so by throwing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipready-window-'));
    const path = join(dir, 'window-state.json');
    await mkdir(path); // A folder where the file should go makes the rename fail.
    expect(() => saveWindowBoundsSync(path, { width: 1000, height: 700 })).toThrow();
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });
});
