// Spellcheck only where the operating system supplies the dictionaries (macOS). On Windows and Linux Electron
// would download Hunspell dictionaries from Google's CDN, a network request an offline app must not make.
import type { Session } from 'electron';

export function spellcheckAvailable(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export function configureSpellcheck(
  session: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'>,
  platform: NodeJS.Platform,
) {
  if (spellcheckAvailable(platform)) return;
  session.setSpellCheckerEnabled(false);
  // Should anything turn it back on, dictionaries come from the app's own scheme, which has none: no CDN.
  session.setSpellCheckerDictionaryDownloadURL('app://shipready/no-dictionaries/');
}
