import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Where the install's private signing key is kept. This plain-file vault is
 * for the CLI, tests and the preview host; the Electron shell provides one
 * that encrypts the key with the OS keychain (safeStorage), `protected: true`.
 */
export interface KeyVault {
  load(): Promise<Buffer | null>;
  save(pem: string): Promise<void>;
  readonly protected: boolean;
}

export const KEYS_DIR = 'keys';

export function fileKeyVault(dataDir: string): KeyVault {
  const file = path.join(dataDir, KEYS_DIR, 'signing-key.pem');
  return {
    protected: false,
    async load() {
      return fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
    },
    async save(pem) {
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, pem, { mode: 0o600, fsync: true });
    },
  };
}

export interface SigningKey {
  privateKey: KeyObject;
  /** The raw 32-byte public key, as carried in the manifest. */
  publicKey: Buffer;
  fingerprint: string;
}

/** The install's Ed25519 key pair, created on first use. */
export async function loadOrCreateSigningKey(vault: KeyVault): Promise<SigningKey> {
  const existing = await loadSigningKey(vault);
  if (existing) return existing;
  const privateKey = generateKeyPairSync('ed25519').privateKey;
  await vault.save(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  return signingKeyOf(privateKey);
}

/** The install's key pair if it has one; never creates one (for read-only checks such as verifying a badge). */
export async function loadSigningKey(vault: KeyVault): Promise<SigningKey | null> {
  const stored = await vault.load();
  return stored ? signingKeyOf(createPrivateKey(stored)) : null;
}

function signingKeyOf(privateKey: KeyObject): SigningKey {
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey) };
}

function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url');
}

const publicKeyFromRaw = (raw: Buffer) => createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });

/** SHA-256 of the raw public key in upper-case hex groups of four: what two colleagues compare by phone. */
export function fingerprintOf(raw: Buffer): string {
  const hex = createHash('sha256').update(raw).digest('hex').toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export const signBytes = (key: SigningKey, bytes: Buffer) => sign(null, bytes, key.privateKey);

export function verifyBytes(publicKey: Buffer, bytes: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, bytes, publicKeyFromRaw(publicKey), signature);
  } catch {
    return false;
  }
}
