import type { Helper, HelperReason, SimilarQuestion } from '../../../shared/contract';
import type { Member, Question } from '../../../shared/domain';
import type { Evidence, Expert } from '../../../shared/search/schema';
import { isStopword } from '../../../shared/search/dutchWords';
import { tokenize } from '../../../shared/search/normalize';
import type { DocumentStore } from '../store/documentStore';

/**
 * Plain, explainable matching for the vraagbank: shared words between
 * titles ("similar questions"), and colleagues whose expertise, offers,
 * research or answers fit a question ("Wie kan helpen?", on top of the search
 * engine's experts). Every match names the word, tag, result or question
 * behind it.
 */

/** Words that say a question is asked, not what it is about ("Wie heeft tips voor …?"). */
const QUESTION_WORDS = new Set(['heeft', 'hebben', 'heb', 'welke', 'waarom', 'wanneer', 'waar', 'tips', 'tip', 'iemand', 'doen', 'doe', 'gaat', 'gaan', 'kunnen', 'graag', 'vraag']);

/** Content words, folded, each with a light Dutch plural/inflection ending removed (studenten → student) and the word as typed. */
function termPairs(text: string): { term: string; word: string }[] {
  return tokenize(text)
    .filter((word) => word.length > 1 && !isStopword(word) && !QUESTION_WORDS.has(word))
    .map((word) => ({ word, term: word.length > 5 && word.endsWith('en') ? word.slice(0, -2) : word.length > 4 && /[^s]s$/.test(word) ? word.slice(0, -1) : word }));
}

export const terms = (text: string): string[] => termPairs(text).map((p) => p.term);

/** A tag as one comparable key: "Formatief  Handelen" = "formatief handelen". */
const tagKey = (tag: string) => terms(tag).join(' ');

// ---- Similar questions -------------------------------------------------------

interface TitleIndex {
  docs: Map<string, { question: Question; terms: Set<string> }>;
  /** In how many titles each term occurs: rare shared words count more. */
  df: Map<string, number>;
}

const titleIndexes = new WeakMap<DocumentStore, TitleIndex>();

function put(index: TitleIndex, question: Question) {
  drop(index, question.id);
  if (question.deleted) return;
  const set = new Set(terms(question.title));
  index.docs.set(question.id, { question, terms: set });
  for (const term of set) index.df.set(term, (index.df.get(term) ?? 0) + 1);
}

function drop(index: TitleIndex, id: string) {
  const old = index.docs.get(id);
  if (!old) return;
  index.docs.delete(id);
  for (const term of old.terms) {
    const n = (index.df.get(term) ?? 1) - 1;
    if (n > 0) index.df.set(term, n);
    else index.df.delete(term);
  }
}

/**
 * Built on first use from every live question, then kept in step with each
 * commit (only the questions it touched), one per open store.
 */
function titleIndex(store: DocumentStore, questions: () => Question[]): TitleIndex {
  const index = titleIndexes.get(store);
  if (index) return index;
  const created: TitleIndex = { docs: new Map(), df: new Map() };
  for (const question of questions()) put(created, question);
  store.onChange((_collections, ops) => {
    for (const op of ops) {
      if (op.collection !== 'questions') continue;
      if (op.kind === 'put') put(created, op.record as unknown as Question);
      else drop(created, op.id);
    }
  });
  titleIndexes.set(store, created);
  return created;
}

const MIN_SIMILARITY = 0.34;

/**
 * Questions sharing words with a title being typed. The score is the share
 * of the typed words (weighted by rarity, among words some title has) that a
 * question's title also has, at least two of them; answered questions come
 * first, as their answer may already help.
 */
export function similarQuestions(store: DocumentStore, questions: () => Question[], title: string, excludeId: string | undefined, limit: number): SimilarQuestion[] {
  const typed = new Map(termPairs(title).map((p) => [p.term, p.word]));
  const index = titleIndex(store, questions);
  // A word no title has cannot be shared; it does not count against the ones that can.
  const query = [...typed.keys()].filter((term) => index.df.has(term));
  if (query.length === 0) return [];
  const n = index.docs.size;
  const weight = (term: string) => Math.log(1 + n / index.df.get(term)!);
  const total = query.reduce((sum, term) => sum + weight(term), 0);
  // One common word in a longer title is a coincidence, not a similar question.
  const minShared = Math.min(2, query.length);
  const found: SimilarQuestion[] = [];
  for (const { question, terms: own } of index.docs.values()) {
    if (question.id === excludeId) continue;
    const shared = query.filter((term) => own.has(term));
    if (shared.length < minShared) continue;
    const score = shared.reduce((sum, term) => sum + weight(term), 0) / total;
    if (score < MIN_SIMILARITY) continue;
    found.push({ id: question.id, title: question.title, status: question.status, answerCount: question.answers.length, sharedWords: shared.map((term) => typed.get(term) ?? term), score: Math.round(score * 100) / 100 });
  }
  const answered = (q: SimilarQuestion) => (q.status === 'beantwoord' ? 0 : 1);
  return found.sort((a, b) => answered(a) - answered(b) || b.score - a.score || a.title.localeCompare(b.title, 'nl')).slice(0, limit);
}

// ---- Wie kan helpen? ---------------------------------------------------------

const WORD_MATCH_WEIGHT = 3;
const EXPERTS_PER_TAG = 50;
/** Shown per kind of evidence (results, answers, presentations); the score counts them all, as "Wie weet wat?" does. */
const MAX_REFS_PER_KIND = 3;

/** The search engine's "wie weet iets van …?" (main/core/search/experts.ts). */
export type ExpertsLookup = (topic: string, limit: number) => Expert[];

const REASON_KINDS: Partial<Record<Evidence['kind'], HelperReason['kind']>> = {
  expertise: 'expertise',
  offer: 'offer',
  research: 'research',
  answer: 'answer',
  presentation: 'presentation',
};

/**
 * Colleagues who could answer, each with what matched. Every tag of the
 * question is a topic for the search engine's experts, ranked exactly as "Wie
 * weet wat?" ranks them (expertise and offers, research written or partnered
 * in, accepted answers, café presentations, with synonyms and compounds); a
 * colleague's score is the sum of their scores over the question's tags. A
 * colleague's expertise or offer that occurs in the words of the question
 * (but not in its tags) only comes after them, so a question without the
 * right tags still finds people but never buries the evident experts. The
 * asker is never suggested.
 */
export function suggestHelpers(question: Question, members: readonly Member[], experts: ExpertsLookup, limit: number): Helper[] {
  const found = new Map<string, { byTags: number; byWords: number; reasons: HelperReason[] }>();
  const entryOf = (memberId: string) => found.get(memberId) ?? found.set(memberId, { byTags: 0, byWords: 0, reasons: [] }).get(memberId)!;
  const addReason = (memberId: string, reason: HelperReason): boolean => {
    const entry = entryOf(memberId);
    const sameKind = entry.reasons.filter((r) => r.kind === reason.kind);
    if (sameKind.some((r) => tagKey(r.label) === tagKey(reason.label) && r.refId === reason.refId)) return false;
    if (reason.refId && sameKind.length >= MAX_REFS_PER_KIND) return false;
    entry.reasons.push(reason);
    return true;
  };

  for (const tag of question.tags) {
    for (const expert of experts(tag, EXPERTS_PER_TAG)) {
      if (expert.member.id === question.authorId) continue;
      entryOf(expert.member.id).byTags += expert.score;
      for (const evidence of expert.evidence) {
        const kind = REASON_KINDS[evidence.kind];
        if (!kind) continue;
        const refId = evidence.type === 'members' ? undefined : evidence.id;
        if (refId === question.id) continue;
        addReason(expert.member.id, { kind, label: evidence.text, ...(refId ? { refId } : {}) });
      }
    }
  }

  const words = new Set(terms(`${question.title} ${question.body}`));
  const inQuestion = (tag: string) => {
    const key = tagKey(tag);
    return key !== '' && key.split(' ').every((term) => words.has(term));
  };
  const wordMatch = (memberId: string, kind: 'expertise' | 'offer', tag: string) => {
    if (memberId === question.authorId || !inQuestion(tag)) return;
    if (addReason(memberId, { kind, label: tag })) entryOf(memberId).byWords += WORD_MATCH_WEIGHT;
  };
  for (const member of members) {
    for (const tag of member.expertise) wordMatch(member.id, 'expertise', tag);
    if (member.fieldVisibility.offers === 'prive') continue;
    for (const tag of member.offers) wordMatch(member.id, 'offer', tag);
  }

  const byId = new Map(members.map((m) => [m.id, m]));
  return [...found]
    .filter(([, entry]) => entry.reasons.length > 0)
    .flatMap(([id, entry]) => {
      const member = byId.get(id);
      return member ? [{ member: { id, name: member.name, institution: member.institution }, score: Math.round((entry.byTags + entry.byWords) * 100) / 100, reasons: entry.reasons, byTags: entry.byTags }] : [];
    })
    // Ties as "Wie weet wat?" breaks them, so a one-tag question lists its experts in the same order.
    .sort((a, b) => b.byTags - a.byTags || b.score - a.score || a.member.name.localeCompare(b.member.name, 'nl'))
    .slice(0, limit)
    .map(({ byTags: _byTags, ...helper }) => helper);
}
