import { describe, expect, it, vi } from 'vitest';
import { configureSpellcheck } from './spellcheck';
import { createWindowOptions, defaultBounds } from './window-options';

const session = () => ({ setSpellCheckerEnabled: vi.fn(), setSpellCheckerDictionaryDownloadURL: vi.fn() });

describe('spellcheck', () => {
  it.each(['linux', 'win32'] as const)(
    'is off on %s, where dictionaries would come from a remote CDN',
    (platform) => {
      const ses = session();
      configureSpellcheck(ses, platform);
      expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
      const url = ses.setSpellCheckerDictionaryDownloadURL.mock.calls[0]?.[0] as string;
      expect(new URL(url).protocol).toBe('app:');
      expect(createWindowOptions(defaultBounds, '/p.cjs', platform).webPreferences?.spellcheck).toBe(false);
    },
  );

  it('is on on macOS, where the system’s own spellchecker is used and nothing is downloaded', () => {
    const ses = session();
    configureSpellcheck(ses, 'darwin');
    expect(ses.setSpellCheckerEnabled).not.toHaveBeenCalled();
    expect(ses.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled();
    expect(createWindowOptions(defaultBounds, '/p.cjs', 'darwin').webPreferences?.spellcheck).toBe(true);
  });
});
