// The application menu, as a template built from the platform. Help shows the About panel (name and
// version); there is no web page to link to that the app could vouch for.
import type { MenuItemConstructorOptions } from 'electron';

export function buildMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    // macOS keeps About in the app menu.
    ...(isMac
      ? []
      : [{ role: 'help' as const, submenu: [{ role: 'about' as const, label: 'About ShipReady' }] }]),
  ];
}
