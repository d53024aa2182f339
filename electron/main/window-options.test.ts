import { describe, expect, it } from 'vitest';
import { createWindowOptions, defaultBounds, fitToDisplays } from './window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions(defaultBounds, '/app/preload.cjs');

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('turns off middle-click (Auxclick), which would ask for new windows', () => {
    expect(options.webPreferences?.disableBlinkFeatures).toBe('Auxclick');
  });

  it('waits to show the window until it is drawn', () => {
    expect(options.show).toBe(false);
  });

  it('uses a remembered position and size', () => {
    const remembered = createWindowOptions({ x: 40, y: 60, width: 1000, height: 700 }, '/p.cjs');
    expect(remembered).toMatchObject({ x: 40, y: 60, width: 1000, height: 700 });
  });
});

describe('fitToDisplays', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('keeps a position that is on a screen', () => {
    const bounds = { x: 100, y: 100, width: 1200, height: 800 };
    expect(fitToDisplays(bounds, screen)).toEqual(bounds);
  });

  it('drops a position on a monitor that is gone, keeping the size', () => {
    expect(fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800 }, screen)).toEqual({
      width: 1200,
      height: 800,
      maximized: undefined,
    });
  });
});
