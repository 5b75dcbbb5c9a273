import { ed25519 } from '@noble/curves/ed25519.js';

/**
 * A public key no signature should be checked against: bytes that are not a
 * canonical curve point, a point of small order (the identity `01 00…00` and
 * the other seven torsion points, under which R = identity, S = 0 "verifies"
 * any content), or a point with a torsion component (whether it verifies then
 * depends on the verifier's equation). A key pair made by any Ed25519
 * implementation is none of these. The checks are @noble/curves', not a list.
 */
export function isWeakPublicKey(raw: Uint8Array): boolean {
  if (raw.length !== 32) return true;
  try {
    const point = ed25519.Point.fromBytes(raw);
    return point.isSmallOrder() || !point.isTorsionFree();
  } catch {
    return true;
  }
}
