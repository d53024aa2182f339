// Picks the DesktopApi for this edition: Electron's preload object, or HTTP to the browser host.
import type { DesktopApi } from '../../../shared/ipc/contract';
import { createHttpDesktopApi } from './http-desktop-api';

declare global {
  interface Window {
    shipready?: DesktopApi;
  }
}

let api: DesktopApi | undefined;

export function desktopApi(): DesktopApi {
  api ??= window.shipready ?? createHttpDesktopApi(window.location.href);
  return api;
}
