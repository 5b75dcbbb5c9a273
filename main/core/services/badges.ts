import { v7 as uuidv7 } from 'uuid';
import { shownTo, type BadgeVerification, type GoalBadgeBlock, type GoalBadges, type Handlers } from '../../../shared/contract';
import type { Badge, Pop, PopGoal } from '../../../shared/domain';
import { compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';
import { signCredential, verifyBadge } from '../badges/openBadge';
import { fileKeyVault, loadOrCreateSigningKey, loadSigningKey, type KeyVault } from '../bundle/keys';
import { trustedKeys } from '../bundle/trust';
import { ServiceError } from '../dispatch';
import { requireMe } from './people';
import { rolesOf } from './sessions';

type BadgeHandlers = Pick<Handlers, 'badges:list' | 'badges:issueForSession' | 'badges:issueForGoal' | 'badges:forGoals' | 'badges:verify' | 'badges:setVisibility'>;

const issuerName = (app: AppContext) => {
  const meId = app.settings.get().meId;
  const me = meId ? app.repos.members.find(meId) : undefined;
  return me ? `Masternetwerk ${me.institution}` : 'Masternetwerk';
};

/** "Me" and my institution: whom a badge's visibility is checked against. */
const viewerOf = (app: AppContext) => {
  const meId = app.settings.get().meId;
  return { meId, institution: (meId && app.repos.members.find(meId)?.institution) || '' };
};

interface Award {
  memberId: string;
  source: 'cafe' | 'pop_doel';
  sourceId: string;
  name: string;
  description: string;
  criteria: string;
}

/** Signs the credential with this install's key and keeps it as a badge record on the recipient's profile. */
async function award(app: AppContext, vault: KeyVault, a: Award): Promise<Badge> {
  const existing = app.repos.badges.list().find((b) => b.memberId === a.memberId && b.source === a.source && b.sourceId === a.sourceId);
  if (existing) return existing;
  const member = app.repos.members.get(a.memberId);
  const key = await loadOrCreateSigningKey(vault);
  const name = a.name.slice(0, 200);
  const now = app.records.now();
  const { jws, issuer } = signCredential(key, {
    id: `urn:uuid:${uuidv7()}`,
    subjectId: `urn:uuid:${a.memberId}`,
    issuerName: issuerName(app),
    validFrom: now,
    achievement: { id: `urn:uuid:${a.sourceId}`, name, description: a.description, criteria: a.criteria },
  });
  return app.repos.badges.create({
    memberId: a.memberId,
    jws,
    name,
    description: a.description.slice(0, 2_000),
    source: a.source,
    sourceId: a.sourceId,
    issuer,
    issuedAt: now.toISOString(),
    visibility: member.visibility,
  });
}

/**
 * An Open Badges 3.0 credential for presenting at a netwerkcafé, issued by
 * the install that holds the café. Issuing twice for the same session gives
 * the same badge back.
 */
export async function issueSessionBadge(app: AppContext, sessionId: string, memberId: string, vault: KeyVault): Promise<Badge> {
  const session = app.repos.sessions.get(sessionId);
  const member = app.repos.members.find(memberId);
  if (!member) throw new ServiceError('not_found', `No profile with id ${memberId}.`);
  if (!rolesOf(session, memberId).includes('presenter')) {
    throw new ServiceError('invalid_input', `${member.name} did not present at this café; a badge is for presenting.`);
  }
  const items = session.programme.filter((p) => p.presenterIds.includes(memberId)).map((p) => p.title);
  return award(app, vault, {
    memberId,
    source: 'cafe',
    sourceId: sessionId,
    name: `Presentatie op netwerkcafé: ${session.title}`,
    description: `${member.name} presenteerde op het netwerkcafé "${session.title}" (${session.start.slice(0, 10)}): ${items.join('; ')}.`,
    criteria: 'Presenteerde een programma-onderdeel op een netwerkcafé van het masternetwerk.',
  });
}

const BLOCKED: Record<GoalBadgeBlock, { code: 'forbidden' | 'invalid_input'; message: (owner: string) => string }> = {
  own_goal: { code: 'forbidden', message: () => 'A badge for your own goal is issued by a colleague from your PLG.' },
  not_shared: { code: 'forbidden', message: (owner) => `The POP of ${owner} is not shared with the network, so its goals are not for colleagues to act on.` },
  no_shared_plg: { code: 'forbidden', message: (owner) => `Only a member of a PLG of ${owner} can issue this badge.` },
  not_reached: { code: 'invalid_input', message: () => 'The goal is not marked as reached (behaald) yet.' },
};

/**
 * Who may issue the badge for a POP goal — the one rule, for issuing and for
 * the screens that offer it: a colleague from one of the owner's PLGs (never
 * the teacher themselves), for a goal marked "behaald" in a POP its owner
 * shared with the network (a private POP is not the colleague's to see).
 * Null when `meId` may issue it.
 */
export function goalBadgeBlock(app: AppContext, pop: Pop, goal: PopGoal, meId: string | null): GoalBadgeBlock | null {
  if (meId === pop.ownerId) return 'own_goal';
  if (pop.visibility !== 'netwerk') return 'not_shared';
  const me = meId ? app.repos.members.find(meId) : undefined;
  const owner = app.repos.members.get(pop.ownerId);
  if (!me?.plgIds.some((id) => owner.plgIds.includes(id))) return 'no_shared_plg';
  if (goal.status !== 'behaald') return 'not_reached';
  return null;
}

/** A badge for a POP goal reached, issued on this install by a PLG colleague of its owner (see goalBadgeBlock). */
export async function issueGoalBadge(app: AppContext, goalId: string, vault: KeyVault): Promise<Badge> {
  const pop = app.repos.pop.list().find((p) => p.goals.some((g) => g.id === goalId));
  const goal = pop?.goals.find((g) => g.id === goalId);
  if (!pop || !goal) throw new ServiceError('not_found', `No POP goal with id ${goalId} on this install.`);
  const meId = requireMe(app);
  const member = app.repos.members.get(pop.ownerId);
  const block = goalBadgeBlock(app, pop, goal, meId);
  if (block) {
    const { code, message } = BLOCKED[block];
    throw new ServiceError(code, message(member.name), [{ path: 'goalId', code: block, message: message(member.name) }]);
  }
  return award(app, vault, {
    memberId: member.id,
    source: 'pop_doel',
    sourceId: goal.id,
    name: `POP-doel behaald: ${goal.title}`,
    description: `${member.name} behaalde het POP-doel "${goal.title}" (${goal.start} – ${goal.end}). Meetbaar: ${goal.meetbaar}`,
    criteria: 'Een doel uit het persoonlijk ontwikkelingsplan, SMARTI geformuleerd, behaald en besproken in de PLG.',
  });
}

/**
 * A member's reached POP goals as the viewer may see them (their own, or a
 * POP shared with the network), each with the badge it earned — if the
 * viewer may see that badge — and whether the viewer may issue it.
 */
export function goalBadges(app: AppContext, memberId: string): GoalBadges {
  const owner = app.repos.members.get(memberId);
  const viewer = viewerOf(app);
  const { meId } = viewer;
  const badges = new Map(
    app.repos.badges
      .list()
      .filter((b) => b.memberId === memberId && b.source === 'pop_doel' && shownTo(b.visibility, owner, viewer))
      .map((b) => [b.sourceId, b] as const),
  );
  const goals = app.repos.pop
    .list()
    .filter((p) => p.ownerId === memberId && (p.ownerId === meId || p.visibility === 'netwerk'))
    .flatMap((p) =>
      p.goals
        .filter((g) => g.status === 'behaald')
        .map((g) => ({ goalId: g.id, title: g.title, end: g.end, shared: p.visibility === 'netwerk', badge: badges.get(g.id) ?? null, block: goalBadgeBlock(app, p, g, meId) })),
    )
    .sort((a, b) => b.end.localeCompare(a.end) || compareDutch(a.title, b.title));
  const plgs = app.repos.plgs
    .list()
    .filter((p) => owner.plgIds.includes(p.id))
    .map((p) => p.name)
    .sort(compareDutch);
  return { plgs, goals };
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
      const viewer = viewerOf(app);
      return app.repos.badges
        .list()
        .filter((b) => b.memberId === memberId && shownTo(b.visibility, owner, viewer))
        .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
    },
    async 'badges:issueForSession'({ sessionId, memberId }) {
      return issueSessionBadge(app, sessionId, memberId, vault);
    },
    async 'badges:issueForGoal'({ goalId }) {
      return issueGoalBadge(app, goalId, vault);
    },
    async 'badges:forGoals'({ memberId }) {
      return goalBadges(app, memberId);
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
