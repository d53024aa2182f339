// The main window's options: every security setting in one pure function a Node test can check.
import type { BrowserWindowConstructorOptions } from 'electron';
import { spellcheckAvailable } from './spellcheck';

export interface WindowBounds {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
  maximized?: boolean | undefined;
}

export const defaultBounds: WindowBounds = { width: 1280, height: 820 };

export function createWindowOptions(
  bounds: WindowBounds,
  preloadPath: string,
  platform: NodeJS.Platform = process.platform,
): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'ShipReady',
    backgroundColor: '#101418',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: spellcheckAvailable(platform),
      safeDialogs: true,
      // Middle-click would otherwise ask for a new window; window opening is denied anyway, this stops the ask.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Drops a remembered position that no longer lands on any screen (a monitor was unplugged). */
export function fitToDisplays(bounds: WindowBounds, workAreas: Area[]): WindowBounds {
  if (bounds.x === undefined || bounds.y === undefined) return bounds;
  const { x, y } = bounds;
  const visible = workAreas.some(
    (area) =>
      x + 100 <= area.x + area.width &&
      x + bounds.width - 100 >= area.x &&
      y >= area.y &&
      y + 50 <= area.y + area.height,
  );
  return visible ? bounds : { width: bounds.width, height: bounds.height, maximized: bounds.maximized };
}
