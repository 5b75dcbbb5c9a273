import { safeStorage } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { fileKeyVault, KEYS_DIR, type KeyVault } from '../core/bundle/keys';

/**
 * The signing key encrypted with the OS keychain (Keychain, DPAPI, libsecret)
 * through Electron's safeStorage. Where the OS offers no protection (Linux
 * without a secret service), it falls back to the plain file, and says so
 * (`protected: false`) so the UI can tell the user.
 */
export function safeStorageKeyVault(dataDir: string): KeyVault {
  const available = safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  if (!available) return fileKeyVault(dataDir);
  const file = path.join(dataDir, KEYS_DIR, 'signing-key.enc');
  const plain = fileKeyVault(dataDir);
  return {
    protected: true,
    async load() {
      const encrypted = await fs.readFile(file).catch(() => null);
      if (encrypted) return Buffer.from(safeStorage.decryptString(encrypted), 'utf8');
      // A key made before encryption was available moves into the keychain once.
      const legacy = await plain.load();
      if (legacy) await this.save(legacy.toString('utf8'));
      return legacy;
    },
    async save(pem) {
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, safeStorage.encryptString(pem), { mode: 0o600, fsync: true });
      await fs.rm(path.join(dataDir, KEYS_DIR, 'signing-key.pem'), { force: true });
    },
  };
}
