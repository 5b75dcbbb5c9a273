import { v7 as uuidv7 } from 'uuid';
import { shownTo, type BadgeVerification, type Handlers } from '../../../shared/contract';
import type { Badge } from '../../../shared/domain';
import type { AppContext } from '../app';
import { signCredential, verifyBadge } from '../badges/openBadge';
import { fileKeyVault, loadOrCreateSigningKey, loadSigningKey, type KeyVault } from '../bundle/keys';
import { trustedKeys } from '../bundle/trust';
import { ServiceError } from '../dispatch';
import { requireMe } from './people';
import { rolesOf } from './sessions';

type BadgeHandlers = Pick<Handlers, 'badges:list' | 'badges:issueForSession' | 'badges:verify' | 'badges:setVisibility'>;

const issuerName = (app: AppContext) => {
  const meId = app.settings.get().meId;
  const me = meId ? app.repos.members.find(meId) : undefined;
  return me ? `Masternetwerk ${me.institution}` : 'Masternetwerk';
};

/**
 * An Open Badges 3.0 credential for presenting at a netwerkcafé, signed with
 * this install's Ed25519 key and kept as a badge record on the presenter's
 * profile. Issuing twice for the same session gives the same badge back.
 */
export async function issueSessionBadge(app: AppContext, sessionId: string, memberId: string, vault: KeyVault): Promise<Badge> {
  const session = app.repos.sessions.get(sessionId);
  const member = app.repos.members.find(memberId);
  if (!member) throw new ServiceError('not_found', `No profile with id ${memberId}.`);
  if (!rolesOf(session, memberId).includes('presenter')) {
    throw new ServiceError('invalid_input', `${member.name} did not present at this café; a badge is for presenting.`);
  }
  const existing = app.repos.badges.list().find((b) => b.memberId === memberId && b.source === 'cafe' && b.sourceId === sessionId);
  if (existing) return existing;
  const key = await loadOrCreateSigningKey(vault);
  const items = session.programme.filter((p) => p.presenterIds.includes(memberId)).map((p) => p.title);
  const name = `Presentatie op netwerkcafé: ${session.title}`.slice(0, 200);
  const description = `${member.name} presenteerde op het netwerkcafé "${session.title}" (${session.start.slice(0, 10)}): ${items.join('; ')}.`;
  const now = app.records.now();
  const { jws, issuer } = signCredential(key, {
    id: `urn:uuid:${uuidv7()}`,
    subjectId: `urn:uuid:${memberId}`,
    issuerName: issuerName(app),
    validFrom: now,
    achievement: {
      id: `urn:uuid:${sessionId}`,
      name,
      description,
      criteria: 'Presenteerde een programma-onderdeel op een netwerkcafé van het masternetwerk.',
    },
  });
  return app.repos.badges.create({
    memberId,
    jws,
    name,
    description: description.slice(0, 2_000),
    source: 'cafe',
    sourceId: sessionId,
    issuer,
    issuedAt: now.toISOString(),
    visibility: member.visibility,
  });
}

/** Whether a badge is genuine and from an issuer this install knows: itself, or a colleague whose key was trusted. */
export async function checkBadge(app: AppContext, jws: string, vault: KeyVault): Promise<BadgeVerification> {
  const own = await loadSigningKey(vault).catch(() => null);
  const trusted = trustedKeys(app.store);
  return verifyBadge(jws, (_did, publicKey) => {
    if (own?.publicKey.equals(publicKey)) return `${issuerName(app)} (deze installatie)`;
    return trusted.find((k) => Buffer.from(k.publicKey, 'base64').equals(publicKey))?.name ?? null;
  });
}

export function badgeHandlers(app: AppContext, vault: KeyVault = fileKeyVault(app.dataDir)): BadgeHandlers {
  return {
    async 'badges:list'({ memberId }) {
      const owner = app.repos.members.get(memberId);
      const meId = app.settings.get().meId;
      const viewer = { meId, institution: (meId && app.repos.members.find(meId)?.institution) || '' };
      return app.repos.badges
        .list()
        .filter((b) => b.memberId === memberId && shownTo(b.visibility, owner, viewer))
        .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
    },
    async 'badges:issueForSession'({ sessionId, memberId }) {
      return issueSessionBadge(app, sessionId, memberId, vault);
    },
    async 'badges:verify'({ jws }) {
      return checkBadge(app, jws, vault);
    },
    async 'badges:setVisibility'({ id, visibility }) {
      const badge = app.repos.badges.get(id);
      if (badge.memberId !== requireMe(app)) throw new ServiceError('forbidden', 'Only the person who received the badge can change who sees it.');
      return app.repos.badges.update(id, { visibility });
    },
  };
}
