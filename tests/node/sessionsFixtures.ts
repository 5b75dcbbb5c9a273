import type { SessionDetailsInput } from '../../shared/contract';
import { openApp, type AppContext } from '../../main/core/app';
import { addMember, call } from './researchFixtures';

/** Shared by the session tests: a fixed "now", so upcoming and past do not drift with the calendar. */
export const NOW = new Date('2026-03-01T12:00:00Z');

export async function openAt(dataDir: string, now = NOW): Promise<AppContext> {
  return openApp({ dataDir, now: () => now });
}

export const sessionDetails = (overrides: Partial<SessionDetailsInput> = {}): SessionDetailsInput => ({
  title: 'Netwerkcafé Formatief handelen',
  theme: 'Feedback in de beroepspraktijk',
  start: '2026-03-14T15:30',
  minutes: 120,
  location: 'ROC Rijnland, personeelsrestaurant',
  onlineLink: '',
  organiserIds: [],
  plgId: null,
  description: 'We beginnen met wat goed gaat.',
  preparation: 'Neem een voorbeeld uit je eigen praktijk mee.',
  capacity: null,
  ...overrides,
});

export async function createSession(app: AppContext, overrides: Partial<SessionDetailsInput> = {}) {
  return call(app, 'sessions:save', { fields: sessionDetails(overrides) });
}

/** Colleagues with e-mail addresses, the first one "me". */
export async function colleagues(app: AppContext, names: string[]) {
  const members = [];
  for (const name of names) {
    const email = `${name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z]+/g, '.')}@rijnland.nl`;
    members.push(await addMember(app, name, { email }));
  }
  await call(app, 'settings:update', { meId: members[0]!.id });
  return members;
}
