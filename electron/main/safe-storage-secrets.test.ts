import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type SafeStorageApi, safeStorageSecretStore } from './safe-storage-secrets';

/** A stand-in for Electron's safeStorage: reversible, but never the plain text on disk. */
function fakeSafeStorage(backend: ReturnType<SafeStorageApi['getSelectedStorageBackend']>, available = true) {
  const flip = (text: string) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a));
  return {
    getSelectedStorageBackend: vi.fn(() => backend),
    isAsyncEncryptionAvailable: vi.fn(async () => available),
    encryptStringAsync: vi.fn(async (text: string) => flip(text)),
    decryptStringAsync: vi.fn(async (data: Buffer) => ({
      result: flip(data.toString('latin1')).toString(),
      shouldReEncrypt: false,
    })),
  };
}

const keyFile = async () => join(await mkdtemp(join(tmpdir(), 'shipready-secrets-')), 'secrets.bin');

describe('safeStorage key store', () => {
  it('stores the key encrypted with the async API (mode 0600) and reads it back', async () => {
    const path = await keyFile();
    const storage = fakeSafeStorage('gnome_libsecret');
    const store = safeStorageSecretStore(path, storage, 'linux');
    await store.set('sk-ant-secret');
    expect(await readFile(path, 'utf8')).not.toContain('sk-ant-secret');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await store.get()).toBe('sk-ant-secret');
    expect(storage.encryptStringAsync).toHaveBeenCalled();
    expect(store.describe()).toContain('gnome_libsecret');
  });

  it('refuses to store a key on Linux without a keyring (basic_text) and says so plainly, writing nothing', async () => {
    const path = await keyFile();
    const store = safeStorageSecretStore(path, fakeSafeStorage('basic_text'), 'linux');
    await expect(store.set('sk-ant-secret')).rejects.toMatchObject({ code: 'no-keychain' });
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(store.describe()).toMatch(/No keyring is running.*does not store it/);
    expect(store.describe()).not.toMatch(/keychain through|Encrypted with/);
  });

  it('refuses when the system offers no encryption at all', async () => {
    const store = safeStorageSecretStore(await keyFile(), fakeSafeStorage('unknown', false), 'win32');
    await expect(store.set('sk')).rejects.toMatchObject({ code: 'no-keychain' });
  });

  it('re-encrypts a key when safeStorage says its key rotated', async () => {
    const path = await keyFile();
    const storage = fakeSafeStorage('kwallet6');
    const store = safeStorageSecretStore(path, storage, 'linux');
    await store.set('sk-1');
    storage.decryptStringAsync.mockResolvedValueOnce({ result: 'sk-1', shouldReEncrypt: true });
    expect(await store.get()).toBe('sk-1');
    expect(storage.encryptStringAsync).toHaveBeenCalledTimes(2);
  });

  it('names the keychain on macOS and Windows', () => {
    expect(safeStorageSecretStore('/x', fakeSafeStorage('unknown'), 'darwin').describe()).toContain(
      'macOS Keychain',
    );
    expect(safeStorageSecretStore('/x', fakeSafeStorage('unknown'), 'win32').describe()).toContain(
      'Windows account',
    );
  });
});
