// Keeps the page on the app: off-app links and window.open go through the https allow-list and open
// outside (a browser tab, or Electron's shell via its window-open handler); everything else is refused.
// In Electron this backs up the main process's own handlers; in the browser edition it is the only guard.
import { isAllowedExternalUrl } from '../../../shared/security/external-links';

interface NavigateEventLike extends Event {
  readonly destination: { readonly url: string };
  readonly cancelable: boolean;
}

export function installNavigationGuard(win: Window, refuse: (url: string) => void): void {
  const openOutside = win.open.bind(win);
  const leave = (raw: string) => {
    if (isAllowedExternalUrl(raw)) openOutside(raw, '_blank', 'noopener,noreferrer');
    else refuse(raw);
  };
  const isOffApp = (raw: string) => new URL(raw, win.location.href).origin !== win.location.origin;

  win.open = (url?: string | URL) => {
    const raw = new URL(String(url ?? ''), win.location.href).href;
    leave(raw);
    return null;
  };

  const onLinkActivation = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    if (!isOffApp(anchor.href) && anchor.target !== '_blank') return;
    event.preventDefault();
    leave(anchor.href);
  };
  win.document.addEventListener('click', onLinkActivation, true);
  win.document.addEventListener('auxclick', onLinkActivation, true);

  // Chromium's Navigation API also catches script-initiated navigation such as location.assign().
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    const navigate = event as NavigateEventLike;
    if (navigate.cancelable && isOffApp(navigate.destination.url)) {
      navigate.preventDefault();
      refuse(navigate.destination.url);
    }
  });
}
