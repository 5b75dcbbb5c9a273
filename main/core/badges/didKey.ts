import { base58 } from '@scure/base';

/** Multicodec prefix of an Ed25519 public key (0xed, as unsigned varint). */
const ED25519_PUB = Uint8Array.from([0xed, 0x01]);

/** `did:key:z6Mk…`: multibase base58btc of the multicodec-prefixed raw 32-byte key (W3C did:key). */
export function didKeyOf(publicKey: Uint8Array): string {
  const bytes = new Uint8Array(ED25519_PUB.length + publicKey.length);
  bytes.set(ED25519_PUB);
  bytes.set(publicKey, ED25519_PUB.length);
  return `did:key:z${base58.encode(bytes)}`;
}

/** The verification method id of a did:key: the DID, `#`, and its own multibase value. */
export const verificationMethodOf = (did: string) => `${did}#${did.slice('did:key:'.length)}`;

/** The raw Ed25519 key of a did:key, or null when it is not one (another key type, bad encoding). */
export function publicKeyOfDid(did: string): Buffer | null {
  const match = /^did:key:z([1-9A-HJ-NP-Za-km-z]+)$/.exec(did);
  if (!match) return null;
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(match[1]!);
  } catch {
    return null;
  }
  if (bytes.length !== 34 || bytes[0] !== ED25519_PUB[0] || bytes[1] !== ED25519_PUB[1]) return null;
  return Buffer.from(bytes.subarray(2));
}
