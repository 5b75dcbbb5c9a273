import type { Helper, HelperReason, SimilarQuestion } from '../../../shared/contract';
import type { Member, Question, Research } from '../../../shared/domain';
import { isStopword } from '../../../shared/search/dutchWords';
import { tokenize } from '../../../shared/search/normalize';
import { compareBySurname } from '../../../shared/text/names';
import type { DocumentStore } from '../store/documentStore';

/**
 * Plain, explainable matching for the vraagbank, kept apart so the search
 * engine can take its place: shared words between titles ("similar
 * questions"), and tags of colleagues that occur in a question ("Wie kan
 * helpen?"). Every match names the word, tag, result or question behind it.
 */

/** Content words, folded, with a light Dutch plural/inflection ending removed (studenten → student). */
export function terms(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.length > 1 && !isStopword(t))
    .map((t) => (t.length > 5 && t.endsWith('en') ? t.slice(0, -2) : t.length > 4 && /[^s]s$/.test(t) ? t.slice(0, -1) : t));
}

/** A tag as one comparable key: "Formatief  Handelen" = "formatief handelen". */
const tagKey = (tag: string) => terms(tag).join(' ');

// ---- Similar questions -------------------------------------------------------

interface TitleIndex {
  dirty: boolean;
  docs: Map<string, { question: Question; terms: Set<string> }>;
  /** In how many titles each term occurs: rare shared words count more. */
  df: Map<string, number>;
}

const titleIndexes = new WeakMap<DocumentStore, TitleIndex>();

/** Built on first use, rebuilt after questions change; one per open store. */
function titleIndex(store: DocumentStore, questions: () => Question[]): TitleIndex {
  let index = titleIndexes.get(store);
  if (!index) {
    const created: TitleIndex = { dirty: true, docs: new Map(), df: new Map() };
    store.onChange((collections) => {
      if (collections.includes('questions')) created.dirty = true;
    });
    titleIndexes.set(store, created);
    index = created;
  }
  if (index.dirty) {
    index.docs.clear();
    index.df.clear();
    for (const question of questions()) {
      const set = new Set(terms(question.title));
      index.docs.set(question.id, { question, terms: set });
      for (const term of set) index.df.set(term, (index.df.get(term) ?? 0) + 1);
    }
    index.dirty = false;
  }
  return index;
}

const MIN_SIMILARITY = 0.34;

/**
 * Questions sharing words with a title being typed. The score is the share
 * of the typed words (weighted by rarity) that a question's title also has;
 * answered questions come first, as their answer may already help.
 */
export function similarQuestions(store: DocumentStore, questions: () => Question[], title: string, excludeId: string | undefined, limit: number): SimilarQuestion[] {
  const query = [...new Set(terms(title))];
  if (query.length === 0) return [];
  const index = titleIndex(store, questions);
  const n = index.docs.size;
  const weight = (term: string) => Math.log(1 + n / (index.df.get(term) ?? 1));
  const total = query.reduce((sum, term) => sum + weight(term), 0);
  const found: SimilarQuestion[] = [];
  for (const { question, terms: own } of index.docs.values()) {
    if (question.id === excludeId) continue;
    const shared = query.filter((term) => own.has(term));
    if (shared.length === 0) continue;
    const score = shared.reduce((sum, term) => sum + weight(term), 0) / total;
    if (score < MIN_SIMILARITY) continue;
    found.push({ id: question.id, title: question.title, status: question.status, answerCount: question.answers.length, sharedWords: shared, score: Math.round(score * 100) / 100 });
  }
  const answered = (q: SimilarQuestion) => (q.status === 'beantwoord' ? 0 : 1);
  return found.sort((a, b) => answered(a) - answered(b) || b.score - a.score || a.title.localeCompare(b.title, 'nl')).slice(0, limit);
}

// ---- Wie kan helpen? ---------------------------------------------------------

const WEIGHTS = { expertise: 3, offer: 3, research: 2, answer: 1, acceptedAnswer: 2 } as const;
const MAX_REFS_PER_KIND = 2;

export interface HelperSources {
  members: Member[];
  research: Research[];
  questions: Question[];
}

/**
 * Colleagues who could answer: whose expertise or offers name a tag or words
 * of the question, who wrote or took part in research with such a tag, or
 * who answered a question with the same tag before. Each reason says what
 * matched; the asker is never suggested.
 */
export function suggestHelpers(question: Question, sources: HelperSources, limit: number): Helper[] {
  const words = new Set(terms([question.title, question.body, ...question.tags].join(' ')));
  const questionTags = new Set(question.tags.map(tagKey).filter(Boolean));
  const tagMatches = (tag: string) => {
    const key = tagKey(tag);
    return key !== '' && (questionTags.has(key) || key.split(' ').every((term) => words.has(term)));
  };

  const reasons = new Map<string, { score: number; reasons: HelperReason[] }>();
  const add = (memberId: string, points: number, reason: HelperReason) => {
    if (memberId === question.authorId) return;
    const entry = reasons.get(memberId) ?? { score: 0, reasons: [] };
    const sameKind = entry.reasons.filter((r) => r.kind === reason.kind);
    if (sameKind.some((r) => r.label === reason.label && r.refId === reason.refId)) return;
    if (reason.refId && sameKind.length >= MAX_REFS_PER_KIND) return;
    entry.score += points;
    entry.reasons.push(reason);
    reasons.set(memberId, entry);
  };

  for (const member of sources.members) {
    for (const tag of member.expertise) if (tagMatches(tag)) add(member.id, WEIGHTS.expertise, { kind: 'expertise', label: tag });
    for (const tag of member.offers) if (tagMatches(tag)) add(member.id, WEIGHTS.offer, { kind: 'offer', label: tag });
  }
  for (const result of sources.research) {
    if (result.draft || !result.tags.some(tagMatches)) continue;
    for (const memberId of [...result.authorIds, ...result.partnerIds]) add(memberId, WEIGHTS.research, { kind: 'research', label: result.title, refId: result.id });
  }
  for (const earlier of sources.questions) {
    if (earlier.id === question.id || !earlier.tags.some((t) => questionTags.has(tagKey(t)))) continue;
    for (const answer of earlier.answers) {
      const points = answer.id === earlier.acceptedAnswerId ? WEIGHTS.acceptedAnswer : WEIGHTS.answer;
      add(answer.authorId, points, { kind: 'answer', label: earlier.title, refId: earlier.id });
    }
  }

  const byId = new Map(sources.members.map((m) => [m.id, m]));
  return [...reasons]
    .flatMap(([id, entry]) => {
      const member = byId.get(id);
      return member ? [{ member: { id, name: member.name, institution: member.institution }, ...entry }] : [];
    })
    .sort((a, b) => b.score - a.score || compareBySurname(a.member.name, b.member.name))
    .slice(0, limit);
}
