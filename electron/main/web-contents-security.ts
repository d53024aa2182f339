// Navigation, new-window, webview and permission rules for every web contents the app creates.
import type { Event, HandlerDetails, Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from '../../shared/security/external-links';

/** The app's pages live at app://shipready/. (URL.origin is "null" for custom schemes outside Electron.) */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'app:' && url.host === 'shipready';
  } catch {
    return false;
  }
}

/** Any attempt to leave the app's own pages is stopped; an allowed https link opens in the browser. */
export function navigationHandler(openExternal: (url: string) => void) {
  return (event: Pick<Event, 'preventDefault'>, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
}

export function windowOpenHandler(openExternal: (url: string) => void) {
  return (details: Pick<HandlerDetails, 'url'>): { action: 'deny' } => {
    if (isAllowedExternalUrl(details.url)) openExternal(details.url);
    return { action: 'deny' };
  };
}

export function installWebContentsSecurity(contents: WebContents, openExternal: (url: string) => void) {
  contents.on('will-navigate', navigationHandler(openExternal));
  contents.on('will-redirect', navigationHandler(openExternal));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
}

export function denyAllPermissions(session: Session) {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
