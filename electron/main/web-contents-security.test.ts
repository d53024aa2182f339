import { describe, expect, it, vi } from 'vitest';
import { isAppUrl, navigationHandler, windowOpenHandler } from './web-contents-security';

const event = () => ({ preventDefault: vi.fn() });

describe('navigation handler', () => {
  it('lets the app move between its own pages', () => {
    const open = vi.fn();
    const e = event();
    navigationHandler(open)(e, 'app://shipready/index.html#/portfolio');
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('stops navigation off the app and opens allowed https links in the browser instead', () => {
    const open = vi.fn();
    const e = event();
    navigationHandler(open)(e, 'https://docs.python.org/3/');
    expect(e.preventDefault).toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith('https://docs.python.org/3/');
  });

  it.each(['file:///etc/passwd', 'http://example.com', 'javascript:alert(1)', 'app://other/index.html'])(
    'stops %s without opening anything',
    (url) => {
      const open = vi.fn();
      const e = event();
      navigationHandler(open)(e, url);
      expect(e.preventDefault).toHaveBeenCalled();
      expect(open).not.toHaveBeenCalled();
    },
  );
});

describe('window open handler', () => {
  it('denies every new window, handing allowed https links to the browser', () => {
    const open = vi.fn();
    expect(windowOpenHandler(open)({ url: 'https://huggingface.co/docs/peft' })).toEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledWith('https://huggingface.co/docs/peft');
  });

  it('denies and ignores anything else', () => {
    const open = vi.fn();
    for (const url of ['http://example.com', 'file:///tmp/x', 'smb://host/share', 'app://shipready/x']) {
      expect(windowOpenHandler(open)({ url })).toEqual({ action: 'deny' });
    }
    expect(open).not.toHaveBeenCalled();
  });
});

describe('isAppUrl', () => {
  it('matches only the app origin', () => {
    expect(isAppUrl('app://shipready/index.html')).toBe(true);
    expect(isAppUrl('app://shipready.evil/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('nonsense')).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', async () => {
    const { denyAllPermissions } = await import('./web-contents-security');
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler: typeof requestHandler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: typeof checkHandler) => {
        checkHandler = handler;
      },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const granted = await new Promise<boolean>((resolve) => requestHandler?.({}, permission, resolve));
      expect(granted, permission).toBe(false);
    }
    expect(checkHandler?.()).toBe(false);
  });
});
