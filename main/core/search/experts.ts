import type { Activity, CollectionName, Member, Question, CafeSession, Research } from '../../../shared/domain';
import { parseQuery } from '../../../shared/search/query';
import type { Evidence, Expert } from '../../../shared/search/schema';
import { SOURCE_NAMES } from '../../../shared/search/sources';
import type { SearchEngine } from './engine';
import { clausesMatchedBy } from './rerank';

/**
 * "Wie weet iets van …?": members ranked by evidence of knowing a topic.
 * Each piece of evidence is a record that matches the topic (every word of
 * it, synonyms, compounds and typos as in search) and names the member:
 * their profile's expertise or offer, research they wrote or partnered in,
 * an answer of theirs that was accepted, a café presentation they gave, an
 * activity they carry out.
 */

export const EVIDENCE_WEIGHT = {
  expertise: 3,
  offer: 3,
  research: 2,
  researchPartner: 1,
  answer: 2,
  presentation: 2,
  activity: 2,
  profile: 0.5,
} as const;
/** Beyond this many pieces of one kind, more of the same adds little. */
const FULL_COUNT = 3;
const TAIL_FACTOR = 0.25;
const MAX_EVIDENCE = 12;

/** A topic word this long also finds the tags it begins ("ondernemer" → "ondernemerschap"); shorter ones would match too much. */
const PREFIX_MIN_LENGTH = 5;

/** Every colleague with evidence, best first, cut to `limit`; `total` says how many there are in all. */
export function findExperts(engine: SearchEngine, topic: string, limit: number): { total: number; experts: Expert[] } {
  const words = parseQuery(`${topic} `).words.map((w) => ({ ...w, prefix: w.term.length >= PREFIX_MIN_LENGTH }));
  const clauses = engine.plan(words);
  if (clauses.length === 0) return { total: 0, experts: [] };
  const { index } = engine;
  const byType = (type: CollectionName) => {
    const t = SOURCE_NAMES.indexOf(type);
    return engine.matchAll(clauses, (slot) => index.docType[slot] === t).map((hit) => index.records[hit.slot]!);
  };
  const evidence = new Map<string, Evidence[]>();
  const add = (memberId: string, item: Evidence) => (evidence.get(memberId) ?? evidence.set(memberId, []).get(memberId)!).push(item);

  for (const member of byType('members') as unknown as Member[]) {
    const tags = (list: string[], kind: 'expertise' | 'offer') => {
      // A tag is evidence when it carries the whole topic, not one word of it.
      for (const tag of list) if (clausesMatchedBy(index, tag, clauses) === clauses.length) add(member.id, { kind, type: 'members', id: member.id, text: tag, weight: EVIDENCE_WEIGHT[kind] });
    };
    tags(member.expertise, 'expertise');
    if (member.fieldVisibility.offers !== 'prive') tags(member.offers, 'offer');
    if (!evidence.has(member.id)) add(member.id, { kind: 'profile', type: 'members', id: member.id, text: member.name, weight: EVIDENCE_WEIGHT.profile });
  }
  const matchedResearch = new Set<string>();
  for (const research of byType('research') as unknown as Research[]) {
    matchedResearch.add(research.id);
    for (const id of research.authorIds) add(id, { kind: 'research', type: 'research', id: research.id, text: research.title, weight: EVIDENCE_WEIGHT.research });
    for (const id of research.partnerIds) add(id, { kind: 'research', type: 'research', id: research.id, text: research.title, weight: EVIDENCE_WEIGHT.researchPartner });
  }
  for (const question of byType('questions') as unknown as Question[]) {
    const accepted = question.answers.find((a) => a.id === question.acceptedAnswerId);
    if (accepted) add(accepted.authorId, { kind: 'answer', type: 'questions', id: question.id, text: question.title, weight: EVIDENCE_WEIGHT.answer });
  }
  // A presentation counts when the session is about the topic or it presents matching research.
  const matchedSessions = new Set(byType('sessions').map((s) => s.id));
  for (const session of index.records.filter((r, slot) => r && index.docType[slot] === SOURCE_NAMES.indexOf('sessions')) as unknown as CafeSession[]) {
    for (const item of session.programme) {
      if (item.kind !== 'presentatie') continue;
      if (!matchedSessions.has(session.id) && !item.researchIds.some((id) => matchedResearch.has(id))) continue;
      for (const id of item.presenterIds) add(id, { kind: 'presentation', type: 'sessions', id: session.id, text: `${session.title}: ${item.title}`, weight: EVIDENCE_WEIGHT.presentation });
    }
  }
  for (const activity of byType('activities') as unknown as Activity[]) {
    for (const id of activity.memberIds) add(id, { kind: 'activity', type: 'activities', id: activity.id, text: activity.title, weight: EVIDENCE_WEIGHT.activity });
  }

  const experts: Expert[] = [];
  for (const [memberId, items] of evidence) {
    const slot = index.slotOf(memberId);
    const member = slot === undefined ? undefined : (index.records[slot] as unknown as Member | undefined);
    if (!member || index.docType[slot!] !== SOURCE_NAMES.indexOf('members')) continue;
    const sorted = dedupe(items).sort((a, b) => b.weight - a.weight);
    if (sorted.every((e) => e.kind === 'profile')) continue; // a bio mention alone is not evidence of expertise
    experts.push({ member: { id: member.id, name: member.name, institution: member.institution }, score: round(scoreOf(sorted)), evidence: sorted.slice(0, MAX_EVIDENCE) });
  }
  experts.sort((a, b) => b.score - a.score || a.member.name.localeCompare(b.member.name, 'nl'));
  return { total: experts.length, experts: experts.slice(0, limit) };
}

/** Full weight for the first few pieces of each kind, a little for the rest. */
function scoreOf(items: Evidence[]): number {
  const seen = new Map<string, number>();
  let score = 0;
  for (const item of items) {
    const n = (seen.get(item.kind) ?? 0) + 1;
    seen.set(item.kind, n);
    score += item.weight * (n <= FULL_COUNT ? 1 : TAIL_FACTOR);
  }
  return score;
}

/** The same record can name a person twice (author and presenter of one thing is fine; twice the same is not). */
function dedupe(items: Evidence[]): Evidence[] {
  const best = new Map<string, Evidence>();
  for (const item of items) {
    const key = `${item.kind}:${item.id}:${item.text}`;
    if ((best.get(key)?.weight ?? -1) < item.weight) best.set(key, item);
  }
  return [...best.values()];
}

const round = (n: number) => Math.round(n * 100) / 100;
