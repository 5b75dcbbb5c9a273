import { ed25519 } from '@noble/curves/ed25519.js';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isWeakPublicKey } from '../../main/core/bundle/weakKeys';
import { verifyBytes } from '../../main/core/bundle/keys';
import { TrustedKey } from '../../main/core/bundle/trust';

const { Point } = ed25519;
/** A point of order 8 (RFC 8032 test vectors and libsodium's blocklist use it); its multiples are the whole torsion subgroup. */
const ORDER_8 = Point.fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a');
const smallOrder = Array.from({ length: 8 }, (_, i) => (i === 0 ? Point.ZERO : ORDER_8.multiply(BigInt(i))));
const raw = (point: InstanceType<typeof Point>) => Buffer.from(point.toBytes());
const realKey = () => Buffer.from(generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!, 'base64url');

describe('weak Ed25519 public keys', () => {
  it('shows the danger: Node accepts R = identity, S = 0 under the identity key for any content', () => {
    const identity = Buffer.from([1, ...new Array<number>(31).fill(0)]);
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: identity.toString('base64url') }, format: 'jwk' });
    const forged = Buffer.concat([identity, Buffer.alloc(32)]);
    expect(verify(null, Buffer.from('wat dan ook'), key, forged)).toBe(true);
    // Ours refuses it.
    expect(verifyBytes(identity, Buffer.from('wat dan ook'), forged)).toBe(false);
  });

  it('refuses every small-order point, mixed-order points and bytes that are no point, and accepts real keys', () => {
    for (const point of smallOrder) expect(isWeakPublicKey(raw(point)), point.toHex()).toBe(true);
    const real = realKey();
    expect(isWeakPublicKey(real)).toBe(false);
    // A real key plus a torsion component: it verifies differently under cofactored and cofactorless checks.
    expect(isWeakPublicKey(raw(Point.fromBytes(real).add(ORDER_8)))).toBe(true);
    expect(isWeakPublicKey(Buffer.alloc(32, 0xff))).toBe(true);
    expect(isWeakPublicKey(Buffer.alloc(31, 1))).toBe(true);
  });

  it('never keeps a weak key in the trust store', () => {
    const entry = { id: 'a1b2c3d4e5f60718', memberId: null, name: 'Anna', fingerprint: 'x', trustedAt: '2026-01-01T00:00:00.000Z' };
    expect(TrustedKey.safeParse({ ...entry, publicKey: realKey().toString('base64') }).success).toBe(true);
    expect(TrustedKey.safeParse({ ...entry, publicKey: raw(Point.ZERO).toString('base64') }).success).toBe(false);
    expect(TrustedKey.safeParse({ ...entry, publicKey: raw(ORDER_8).toString('base64') }).success).toBe(false);
  });
});
