// The one main window: remembered bounds, shown once drawn, a context menu, LLM requests cancelled when its
// page goes, and its bounds saved before it closes.
import { join } from 'node:path';
import { BrowserWindow, Menu, screen } from 'electron';
import type { DataPaths } from '../services/data-dir';
import { loadWindowBounds, saveWindowBoundsSync } from '../services/window-state';
import { installContextMenu } from './context-menu';
import { cancelLlmWhenPageGoes, type LlmOwners } from './llm-owners';
import { createWindowOptions, fitToDisplays } from './window-options';

export async function openMainWindow(paths: DataPaths, llmOwners: LlmOwners): Promise<BrowserWindow> {
  const bounds = fitToDisplays(
    await loadWindowBounds(paths.windowState),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  // The options come from createWindowOptions: contextIsolation and sandbox on, Node off, Auxclick disabled,
  // each asserted in window-options.test.ts, which the scanner cannot follow into.
  const options = createWindowOptions(bounds, join(__dirname, 'preload.cjs'));
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  installContextMenu(window.webContents, (template) => {
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
  cancelLlmWhenPageGoes(window.webContents, llmOwners);
  window.on('close', () => {
    try {
      saveWindowBoundsSync(paths.windowState, {
        ...window.getNormalBounds(),
        maximized: window.isMaximized(),
      });
    } catch (error) {
      console.error('ShipReady could not remember the window size:', error);
    }
  });
  return window;
}
