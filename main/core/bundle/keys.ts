import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { isWeakPublicKey } from './weakKeys';

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

/** The fingerprint of this install's key, or null when it has none yet (it never exported). */
export async function ownFingerprint(vault: KeyVault): Promise<string | null> {
  const stored = await vault.load();
  return stored ? fingerprintOf(rawPublicKey(createPublicKey(createPrivateKey(stored)))) : null;
}

/**
 * A key rotation: the install's previous key vouches for its new one, so
 * colleagues who confirmed the old key take the new one without comparing
 * fingerprints again (docs/bundle-format.md, "Keys and trust"). Public, so
 * kept as a plain file beside the data; carried in every manifest after it.
 */
export interface Rotation {
  /** Raw 32-byte Ed25519 public key, base64. */
  previousPublicKey: string;
  /** The previous key's signature over `rotationBytes`, base64. */
  signature: string;
}

const ROTATION_FILE = 'rotation.json';

/** What the previous key signs: this install and its new public key, under a fixed label so the signature means nothing else. */
export const rotationBytes = (installId: string, newPublicKey: Buffer) => Buffer.concat([Buffer.from(`masternetwerk-key-rotation\n${installId}\n`, 'utf8'), newPublicKey]);

/** Whether `rotation` is the key `previous` vouching for `next` on this install. */
export function rotationHolds(rotation: Rotation, installId: string, previous: Buffer, next: Buffer): boolean {
  return Buffer.from(rotation.previousPublicKey, 'base64').equals(previous) && verifyBytes(previous, rotationBytes(installId, next), Buffer.from(rotation.signature, 'base64'));
}

/** The rotation that vouches for the current key, if any. */
export async function currentRotation(dataDir: string, installId: string, current: SigningKey): Promise<Rotation | null> {
  const text = await fs.readFile(path.join(dataDir, KEYS_DIR, ROTATION_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const rotation = JSON.parse(text) as Rotation;
    return rotationHolds(rotation, installId, Buffer.from(rotation.previousPublicKey, 'base64'), current.publicKey) ? rotation : null;
  } catch {
    return null;
  }
}

/**
 * Replaces the install's signing key with a new one that the old key vouches
 * for. The rotation is written first: if the key is not replaced after all,
 * it vouches for a key nobody has and is never sent.
 */
export async function rotateSigningKey(vault: KeyVault, dataDir: string, installId: string): Promise<{ previous: string; current: string }> {
  const old = await loadOrCreateSigningKey(vault);
  const fresh = generateKeyPairSync('ed25519').privateKey;
  const freshPublic = rawPublicKey(createPublicKey(fresh));
  const rotation: Rotation = { previousPublicKey: old.publicKey.toString('base64'), signature: signBytes(old, rotationBytes(installId, freshPublic)).toString('base64') };
  await fs.mkdir(path.join(dataDir, KEYS_DIR), { recursive: true, mode: 0o700 });
  await writeFileAtomic(path.join(dataDir, KEYS_DIR, ROTATION_FILE), JSON.stringify(rotation), { mode: 0o600, fsync: true });
  await vault.save(fresh.export({ type: 'pkcs8', format: 'pem' }) as string);
  return { previous: old.fingerprint, current: fingerprintOf(freshPublic) };
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

/** False for a weak key too (weakKeys.ts): OpenSSL accepts a forged signature under a small-order key. */
export function verifyBytes(publicKey: Buffer, bytes: Buffer, signature: Buffer): boolean {
  return !isWeakPublicKey(publicKey) && verifyWithCheckedKey(publicKey, bytes, signature);
}

/**
 * The signature check alone, for a key the caller has already found not weak
 * (`isWeakPublicKey`, an elliptic-curve multiplication many times the cost of
 * the check itself): readBundle refuses weak keys with a reason of their own.
 */
export function verifyWithCheckedKey(publicKey: Buffer, bytes: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, bytes, publicKeyFromRaw(publicKey), signature);
  } catch {
    return false;
  }
}
