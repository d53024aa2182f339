import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBounds } from '../main/window-options';
import { loadWindowBounds, saveWindowBounds } from './window-state';

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
});
