import { z } from 'zod';
import type { BadgeVerification } from '../../../shared/contract';
import { signBytes, verifyBytes, type SigningKey } from '../bundle/keys';
import { didKeyOf, publicKeyOfDid, verificationMethodOf } from './didKey';

/**
 * Open Badges 3.0 credentials secured as VC-JOSE (W3C "Securing Verifiable
 * Credentials using JOSE and COSE"): the credential is the JWS payload, the
 * header says `alg: EdDSA`, `typ: vc+jwt`, `cty: vc`, and `kid` names the
 * issuer's did:key. Anyone can check it offline with a standard JOSE library
 * (docs/badges.md); this module signs and checks with node:crypto directly.
 */

export const OB_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

export interface AchievementInput {
  id: string;
  name: string;
  description: string;
  criteria: string;
}

export interface CredentialInput {
  id: string;
  subjectId: string;
  issuerName: string;
  validFrom: Date;
  achievement: AchievementInput;
}

export function openBadgeCredential(issuerDid: string, input: CredentialInput) {
  return {
    '@context': OB_CONTEXT,
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerDid, type: ['Profile'], name: input.issuerName },
    validFrom: input.validFrom.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    name: input.achievement.name,
    credentialSubject: {
      id: input.subjectId,
      type: ['AchievementSubject'],
      achievement: {
        id: input.achievement.id,
        type: ['Achievement'],
        name: input.achievement.name,
        description: input.achievement.description,
        criteria: { narrative: input.achievement.criteria },
      },
    },
  };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** Signs a credential with the install's Ed25519 key: a compact JWS. */
export function signCredential(key: SigningKey, input: CredentialInput): { jws: string; issuer: string; credential: ReturnType<typeof openBadgeCredential> } {
  const issuer = didKeyOf(key.publicKey);
  const credential = openBadgeCredential(issuer, input);
  const header = { alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: verificationMethodOf(issuer) };
  const signingInput = `${b64url(header)}.${b64url(credential)}`;
  const signature = signBytes(key, Buffer.from(signingInput, 'ascii')).toString('base64url');
  return { jws: `${signingInput}.${signature}`, issuer, credential };
}

const Header = z.object({ alg: z.string(), kid: z.string().optional(), typ: z.string().optional() });
const Credential = z.object({
  type: z.array(z.string()).refine((t) => t.includes('VerifiableCredential') && t.includes('OpenBadgeCredential')),
  issuer: z.union([z.string(), z.object({ id: z.string(), name: z.string().optional() })]),
  credentialSubject: z.object({
    id: z.string().optional(),
    achievement: z.object({ id: z.string(), name: z.string(), description: z.string().default('') }),
  }),
});

const part = (text: string) => {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
  } catch {
    return null;
  }
};

/**
 * Checks a badge: a compact JWS, EdDSA, an OpenBadgeCredential, signed by
 * the key of its issuer's did:key, and an issuer this install knows
 * (`knownIssuer` names it, or returns null). Never throws: what is wrong is
 * `reason`, in one English line.
 */
export function verifyBadge(jws: string, knownIssuer: (did: string, publicKey: Buffer) => string | null): BadgeVerification {
  const result: BadgeVerification = { valid: false, issuer: null, subject: null, achievement: null, reason: null, problem: null, issuerName: null };
  const fail = (problem: NonNullable<BadgeVerification['problem']>, reason: string): BadgeVerification => ({ ...result, problem, reason });
  const parts = jws.trim().split('.');
  if (parts.length !== 3) return fail('malformed', 'Not a compact JWS (expected three parts separated by dots).');
  const header = Header.safeParse(part(parts[0]!));
  if (!header.success) return fail('malformed', 'The JWS header is not readable JSON.');
  // What the payload claims, shown even when the badge turns out not to be valid.
  const credential = Credential.safeParse(part(parts[1]!));
  const claimedIssuer = credential.success ? (typeof credential.data.issuer === 'string' ? credential.data.issuer : credential.data.issuer.id) : null;
  if (credential.success) {
    result.issuer = claimedIssuer;
    result.subject = credential.data.credentialSubject.id ?? null;
    result.achievement = credential.data.credentialSubject.achievement;
  }
  if (header.data.alg !== 'EdDSA') return fail('unsupported_algorithm', `Algorithm ${header.data.alg} is not accepted; badges are signed with EdDSA.`);
  // The signature is checked first, against the key the header names (or else the claimed issuer), before anything in the payload is believed.
  const keyDid = header.data.kid?.split('#')[0] ?? claimedIssuer;
  const publicKey = keyDid ? publicKeyOfDid(keyDid) : null;
  if (!keyDid || !publicKey) return fail('bad_issuer', 'The signing key is not an Ed25519 did:key.');
  const canonical = /^[A-Za-z0-9_-]+$/.test(parts[2]!) && Buffer.from(parts[2]!, 'base64url').toString('base64url') === parts[2];
  if (!canonical || !verifyBytes(publicKey, Buffer.from(`${parts[0]}.${parts[1]}`, 'ascii'), Buffer.from(parts[2]!, 'base64url'))) {
    return fail('bad_signature', 'The signature does not match: the badge was changed or not signed by its issuer.');
  }
  if (!credential.success) return fail('not_open_badge', 'The payload is not an Open Badges 3.0 credential (OpenBadgeCredential).');
  if (claimedIssuer !== keyDid) return fail('key_mismatch', 'The signing key (kid) is not the issuer’s key.');
  const name = knownIssuer(keyDid, publicKey);
  if (name === null) return fail('unknown_issuer', 'The signature is correct, but the issuer’s key is unknown to this install (not this install, not a trusted colleague).');
  return { ...result, valid: true, issuerName: name };
}
