import type { Member } from '../domain';
import { analyzeText } from './analyze';
import { GENERIC_WORDS } from './dutchWords';
import { tokenize } from './normalize';
import type { BoardMatch, BoardTopic, MarketplaceBoard, MemberRef } from './schema';
import { findSynonyms, groupLabel, isGroupTerm } from './synonyms';

/**
 * The expertise marketplace (DOMAIN.md, "Marktplaats interne deskundigheid"):
 * every member's aanbod (offers) and vraag (wants), tied together across the
 * network. Plain, explainable matching: a want meets an offer when they
 * share a meaningful word (or a compound part, or a synonym group), and the
 * shared words are shown as the reason.
 */

interface Topic {
  key: string;
  texts: Map<string, number>;
  holders: Map<string, MemberRef>;
  terms: Set<string>;
}

const MAX_MEMBERS = 12;
const MAX_OFFERS_PER_WANT = 6;

export function buildBoard(members: readonly Member[], maxMembers = MAX_MEMBERS): MarketplaceBoard {
  const offers = new Map<string, Topic>();
  const wants = new Map<string, Topic>();
  for (const member of members) {
    if (member.deleted || member.visibility === 'prive') continue;
    const ref: MemberRef = { id: member.id, name: member.name, institution: member.institution };
    if (member.fieldVisibility.offers !== 'prive') for (const text of member.offers) addTopic(offers, text, ref);
    if (member.fieldVisibility.wants !== 'prive') for (const text of member.wants) addTopic(wants, text, ref);
  }

  const offersByTerm = new Map<string, Topic[]>();
  for (const offer of offers.values()) for (const term of offer.terms) (offersByTerm.get(term) ?? offersByTerm.set(term, []).get(term)!).push(offer);

  const matches: BoardMatch[] = [];
  const unmetWants: BoardTopic[] = [];
  const asked = new Set<Topic>();
  for (const want of wants.values()) {
    const shared = new Map<Topic, string[]>();
    for (const term of want.terms) for (const offer of offersByTerm.get(term) ?? []) (shared.get(offer) ?? shared.set(offer, []).get(offer)!).push(term);
    for (const offer of shared.keys()) asked.add(offer);
    const found = [...shared]
      .map(([offer, terms]) => ({ offer, terms, holders: [...offer.holders.values()].filter((m) => !want.holders.has(m.id)) }))
      .filter((m) => m.holders.length > 0)
      .sort((a, b) => strength(b.terms) - strength(a.terms) || b.holders.length - a.holders.length || a.offer.key.localeCompare(b.offer.key))
      .slice(0, MAX_OFFERS_PER_WANT);
    if (found.length === 0) {
      unmetWants.push(boardTopic(want, [...want.holders.values()], maxMembers));
      continue;
    }
    const wantInstitutions = new Set([...want.holders.values()].map((m) => m.institution));
    matches.push({
      want: boardTopic(want, [...want.holders.values()], maxMembers),
      offers: found.map(({ offer, terms, holders }) => ({ ...boardTopic(offer, holders, maxMembers), because: terms.map(readable) })),
      acrossInstitutions: found.some(({ holders }) => holders.some((m) => !wantInstitutions.has(m.institution))),
    });
  }
  const sharedOffers = [...offers.values()].filter((o) => o.holders.size >= 2).map((o) => boardTopic(o, [...o.holders.values()], maxMembers));
  const byCount = (a: BoardTopic, b: BoardTopic) => b.count - a.count || a.text.localeCompare(b.text, 'nl');
  return {
    matches: matches.sort((a, b) => byCount(a.want, b.want)),
    sharedOffers: sharedOffers.sort(byCount),
    unmetWants: unmetWants.sort(byCount),
    unaskedOffers: [...offers.values()]
      .filter((o) => !asked.has(o))
      .map((o) => boardTopic(o, [...o.holders.values()], maxMembers))
      .sort(byCount),
  };
}

/**
 * Offers that say the same thing are one topic: the same words in any order
 * and case, or phrases of one synonym group ("formatief handelen" and
 * "formatief evalueren").
 */
function addTopic(topics: Map<string, Topic>, text: string, holder: MemberRef): void {
  const words = tokenize(text);
  const groups = findSynonyms(words);
  const whole = groups.find((g) => g.from === 0 && g.to === words.length);
  const key = whole ? whole.group : [...new Set(words)].sort().join(' ');
  if (!key) return;
  let topic = topics.get(key);
  if (!topic) topics.set(key, (topic = { key, texts: new Map(), holders: new Map(), terms: meaningfulTerms(text) }));
  topic.texts.set(text, (topic.texts.get(text) ?? 0) + 1);
  topic.holders.set(holder.id, holder);
}

/** Words, compound parts and synonym groups of a tag, without words too general to tie people together. */
function meaningfulTerms(text: string): Set<string> {
  const terms = new Set<string>();
  analyzeText(text, (term) => {
    if (GENERIC_WORDS.has(term) || (!isGroupTerm(term) && term.length < 3)) return;
    terms.add(term);
    const stem = stemOf(term);
    if (stem) terms.add(stem);
  });
  return terms;
}

/** A crude Dutch stem, so "coachen" meets "coaching" and "examens" meets "examen". */
const SUFFIX = /(?:ingen|ing|en|e|s)$/;
function stemOf(term: string): string | null {
  if (isGroupTerm(term)) return null;
  const stem = term.replace(SUFFIX, '');
  return stem !== term && stem.length >= 4 && !GENERIC_WORDS.has(stem) ? `${stem}…` : null;
}

/** A shared synonym group or whole word ties more strongly than a shared compound part. */
const strength = (terms: string[]) => terms.reduce((sum, t) => sum + (isGroupTerm(t) ? 2 : 1), 0);

const readable = (term: string) => (isGroupTerm(term) ? groupLabel(term) : term);

function boardTopic(topic: Topic, holders: MemberRef[], maxMembers: number): BoardTopic {
  const text = [...topic.texts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))[0]![0];
  const sorted = [...holders].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { text, members: sorted.slice(0, maxMembers), count: holders.length };
}
