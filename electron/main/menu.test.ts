import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './menu';

const links = (template: ReturnType<typeof buildMenuTemplate>): unknown[] =>
  template
    .flatMap((item) => [item.click, ...(Array.isArray(item.submenu) ? links(item.submenu) : [])])
    .filter(Boolean);

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'on %s has Edit (copy and paste shortcuts) and links nowhere',
    (platform) => {
      const template = buildMenuTemplate(platform);
      expect(template.map((item) => item.role ?? item.label)).toContain('editMenu');
      expect(links(template)).toEqual([]);
    },
  );

  it('puts About under Help on Windows and Linux, and in the app menu on macOS', () => {
    const help = buildMenuTemplate('linux').find((item) => item.role === 'help');
    expect(help?.submenu).toEqual([{ role: 'about', label: 'About ShipReady' }]);
    expect(buildMenuTemplate('darwin').map((item) => item.role)).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      undefined,
      'windowMenu',
    ]);
  });
});
