// The desktop edition's key store: encrypted with the operating system's keychain through safeStorage.
import { readFile, rm } from 'node:fs/promises';
import type { SafeStorage } from 'electron';
import { writeFileAtomic } from '../services/atomic-write';
import { DesktopError } from '../services/desktop-error';
import type { SecretStore } from '../services/llm/secret-store';

export function safeStorageSecretStore(
  path: string,
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
): SecretStore {
  return {
    async get() {
      try {
        return safeStorage.decryptString(Buffer.from(await readFile(path, 'utf8'), 'base64')) || null;
      } catch {
        return null;
      }
    },
    async set(secret) {
      if (!safeStorage.isEncryptionAvailable()) {
        // Never fall back to plain text silently.
        throw new DesktopError(
          'no-keychain',
          'This system offers no keychain to encrypt the key, so it was not stored. Use a local server instead.',
        );
      }
      await writeFileAtomic(path, safeStorage.encryptString(secret).toString('base64'), 0o600);
    },
    async clear() {
      await rm(path, { force: true });
    },
    describe: () =>
      'Encrypted with your operating system’s keychain (Electron safeStorage); never shown to the page.',
  };
}
