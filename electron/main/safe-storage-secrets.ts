// The desktop edition's key store: encrypted through Electron's async safeStorage with the system's keychain.
// On Linux with no keyring running, Electron's "basic_text" backend hides the key with a fixed password
// anyone can undo; ShipReady then refuses to store a key and Settings says why.
import { readFile, rm } from 'node:fs/promises';
import type { SafeStorage } from 'electron';
import { writeFileAtomic } from '../services/atomic-write';
import { DesktopError } from '../services/desktop-error';
import type { SecretStore } from '../services/llm/secret-store';

export type SafeStorageApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

const noKeyring =
  'No keyring is running on this system (GNOME Keyring or KWallet), so the key could only be hidden with a ' +
  'fixed password anyone could undo. ShipReady does not store it. Start a keyring and restart ShipReady, or ' +
  'use a local server, which needs no key.';

/** Why a key must not be stored here, or null when the system's keychain protects it. */
export function keyringProblem(
  storage: Pick<SafeStorageApi, 'getSelectedStorageBackend'>,
  platform: NodeJS.Platform,
) {
  return platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text' ? noKeyring : null;
}

function protection(storage: SafeStorageApi, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'your macOS Keychain';
  if (platform === 'win32') return 'your Windows account (DPAPI)';
  return `your system keyring (${storage.getSelectedStorageBackend()})`;
}

export function safeStorageSecretStore(
  path: string,
  storage: SafeStorageApi,
  platform: NodeJS.Platform = process.platform,
): SecretStore {
  const write = async (secret: string) =>
    writeFileAtomic(path, (await storage.encryptStringAsync(secret)).toString('base64'), 0o600);
  return {
    async get() {
      let stored: string;
      try {
        stored = await readFile(path, 'utf8');
      } catch {
        return null;
      }
      try {
        const { result, shouldReEncrypt } = await storage.decryptStringAsync(Buffer.from(stored, 'base64'));
        if (result && shouldReEncrypt && keyringProblem(storage, platform) === null) await write(result);
        return result || null;
      } catch {
        return null; // Encrypted under another account or keyring: as good as no key.
      }
    },
    async set(secret) {
      const problem = keyringProblem(storage, platform);
      if (problem) throw new DesktopError('no-keychain', problem);
      if (!(await storage.isAsyncEncryptionAvailable())) {
        // Never fall back to plain text silently.
        throw new DesktopError(
          'no-keychain',
          'This system offers no keychain to encrypt the key, so it was not stored. Use a local server instead.',
        );
      }
      await write(secret);
    },
    async clear() {
      await rm(path, { force: true });
    },
    describe: () =>
      keyringProblem(storage, platform) ??
      `Encrypted with ${protection(storage, platform)} through Electron safeStorage; never shown to the page.`,
  };
}
