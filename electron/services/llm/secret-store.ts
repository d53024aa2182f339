// Keeps the API key on the desktop side only. The browser edition's store is a file readable by the
// owner alone (mode 0600) and says so; Electron wraps its own store around safeStorage.
import { chmod, readFile, rm } from 'node:fs/promises';
import { writeFileAtomic } from '../atomic-write';

export interface SecretStore {
  get(): Promise<string | null>;
  set(secret: string): Promise<void>;
  clear(): Promise<void>;
  /** Where the secret lives and how it is protected, for the settings page. */
  describe(): string;
}

export function fileSecretStore(path: string): SecretStore {
  return {
    async get() {
      try {
        const parsed = JSON.parse(await readFile(path, 'utf8')) as { anthropicApiKey?: unknown };
        return typeof parsed.anthropicApiKey === 'string' && parsed.anthropicApiKey !== ''
          ? parsed.anthropicApiKey
          : null;
      } catch {
        return null;
      }
    },
    async set(secret) {
      await writeFileAtomic(path, JSON.stringify({ anthropicApiKey: secret }), 0o600);
      await chmod(path, 0o600);
    },
    async clear() {
      await rm(path, { force: true });
    },
    describe: () =>
      `Kept in ${path}, readable only by your user account (file mode 0600). It is not encrypted.`,
  };
}
