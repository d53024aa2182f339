// The browser finder's decisions (scripts/find-browser.mjs), with the machine injected: what is installed,
// who runs it, and which installs already failed.
import { describe, expect, it } from 'vitest';
import { browserCandidates, decideBrowser, type Machine } from '../../scripts/find-browser.mjs';

const machine = (overrides: Partial<Machine> & { files?: string[] }): Machine => {
  const files = new Set(overrides.files ?? []);
  return {
    platform: 'linux',
    env: { PATH: '/usr/local/bin:/usr/bin' },
    home: '/home/ana',
    isFile: (path) => files.has(path),
    isRoot: false,
    isDebian: false,
    ...overrides,
  };
};

describe('browserCandidates', () => {
  it('looks on Linux for every Chrome, Chromium and Edge name on PATH, then the snap', () => {
    const candidates = browserCandidates(machine({ env: { PATH: '/opt/bin:/usr/bin' } }));
    expect(candidates).toContain('/opt/bin/chromium');
    expect(candidates).toContain('/usr/bin/google-chrome-stable');
    expect(candidates).toContain('/usr/bin/microsoft-edge');
    expect(candidates.at(-1)).toBe('/snap/bin/chromium');
  });

  it('looks on macOS in /Applications and ~/Applications', () => {
    const candidates = browserCandidates(machine({ platform: 'darwin' }));
    expect(candidates).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(candidates).toContain('/home/ana/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(candidates).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });

  it('looks on Windows under the per-user and both Program Files folders', () => {
    const candidates = browserCandidates(
      machine({
        platform: 'win32',
        env: {
          LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
          PROGRAMFILES: 'C:\\Program Files',
          'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
        },
      }),
    );
    expect(candidates).toContain('C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(candidates).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(candidates).toContain('C:\\Program Files\\Chromium\\Application\\chrome.exe');
  });
});

describe('decideBrowser', () => {
  it('uses CHROMIUM_PATH when it names a file, before anything installed', () => {
    const decision = decideBrowser(
      machine({
        env: { PATH: '/usr/bin', CHROMIUM_PATH: '/opt/c/chrome' },
        files: ['/opt/c/chrome', '/usr/bin/chromium'],
      }),
    );
    expect(decision).toEqual({ action: 'use', path: '/opt/c/chrome', source: 'CHROMIUM_PATH' });
  });

  it('stops with a sentence naming a CHROMIUM_PATH that leads nowhere, and installs nothing', () => {
    const decision = decideBrowser(
      machine({
        env: { PATH: '/usr/bin', CHROMIUM_PATH: '/opt/none' },
        files: ['/usr/bin/chromium'],
        isRoot: true,
        isDebian: true,
      }),
    );
    expect(decision.action).toBe('stop');
    expect(decision.action === 'stop' && decision.message).toContain('/opt/none');
  });

  it('uses the first browser installed in the usual places', () => {
    expect(decideBrowser(machine({ files: ['/usr/bin/google-chrome'] }))).toMatchObject({
      action: 'use',
      path: '/usr/bin/google-chrome',
    });
    expect(
      decideBrowser(
        machine({ platform: 'darwin', files: ['/Applications/Chromium.app/Contents/MacOS/Chromium'] }),
      ),
    ).toMatchObject({ action: 'use', path: '/Applications/Chromium.app/Contents/MacOS/Chromium' });
  });

  it('uses a Chromium Playwright downloaded earlier', () => {
    const decision = decideBrowser(
      machine({
        playwrightPath: '/home/ana/.cache/ms-playwright/c/chrome',
        files: ['/home/ana/.cache/ms-playwright/c/chrome'],
      }),
    );
    expect(decision).toMatchObject({ action: 'use', source: 'playwright' });
  });

  it('installs Debian’s chromium when nothing is found and it runs as root on Debian', () => {
    expect(decideBrowser(machine({ isRoot: true, isDebian: true }))).toEqual({
      action: 'install',
      with: 'apt',
    });
  });

  it('downloads Playwright’s Chromium when apt-get is not an option, or it failed', () => {
    expect(decideBrowser(machine({ isRoot: false, isDebian: true }))).toEqual({
      action: 'install',
      with: 'playwright',
    });
    expect(decideBrowser(machine({ isRoot: true, isDebian: false }))).toEqual({
      action: 'install',
      with: 'playwright',
    });
    expect(decideBrowser(machine({ platform: 'darwin' }))).toEqual({ action: 'install', with: 'playwright' });
    expect(decideBrowser(machine({ isRoot: true, isDebian: true, failed: ['apt'] }))).toEqual({
      action: 'install',
      with: 'playwright',
    });
  });

  it.each([
    ['linux', 'sudo apt-get install chromium'],
    ['darwin', '/Applications'],
    ['win32', 'Microsoft Edge'],
  ] as const)(
    'on %s, stops with one sentence saying what to install once every install failed',
    (platform, hint) => {
      const decision = decideBrowser(
        machine({ platform, isRoot: true, isDebian: true, failed: ['apt', 'playwright'] }),
      );
      expect(decision.action).toBe('stop');
      const message = decision.action === 'stop' ? decision.message : '';
      expect(message).toContain(hint);
      expect(message).toContain('CHROMIUM_PATH');
      expect(message.split(/\.\s/)).toHaveLength(1);
    },
  );
});
