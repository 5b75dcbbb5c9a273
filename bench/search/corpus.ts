import { v7 as uuidv7 } from 'uuid';
import { AREAS, INITIATIVES, RESEARCH_STATUSES, ROLES, type MemberFields, type QuestionFields, type ResearchFields } from '../../shared/domain';
import { HybridClock } from '../../shared/hlc';
import * as demo from '../../main/core/demo/vocabulary';
import { createRecord, type RecordContext } from '../../main/core/records';
import type { IndexedRecord } from '../../main/core/search/searchIndex';
import type { CorpusEntry } from '../../tests/node/helpers/searchRelevance';
import { ADJECTIVES, CONTEXTS, EXTRA_FIRST, EXTRA_INSTITUTIONS, EXTRA_SURNAMES, HEADS, NOUNS, TAILS, VERBS } from './words';
import { seededRandom } from '../../main/core/demo/generateDemo';

/**
 * A deterministic synthetic Dutch corpus of members, research and questions
 * in the shapes of the real records, with text varied enough to behave like
 * real text: words picked with a Zipf-like skew, Dutch compounds formed from
 * heads and tails, names and words with diacritics.
 */

export type { CorpusEntry };

export interface Corpus {
  entries: CorpusEntry[];
  members: CorpusEntry[];
  research: CorpusEntry[];
  questions: CorpusEntry[];
}

/** The demo generator's seeded random numbers: the same sequence everywhere. */
export const seeded = seededRandom;

export function generateCorpus(scale: number, seed = 4): Corpus {
  const random = seeded(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  /** Early entries are picked far more often than late ones, as words are in real text. */
  const zipf = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2.2)]!;
  const some = <T>(list: readonly T[], min: number, max: number, by = pick): T[] => {
    const out = new Set<T>();
    const count = min + int(max - min + 1);
    for (let guard = 0; out.size < count && guard < 50; guard++) out.add(by(list));
    return [...out];
  };
  const compound = () => {
    const head = zipf(HEADS);
    const tail = zipf(TAILS);
    return head === tail ? head : head + tail;
  };
  // The long tail of a real vocabulary: words seen a few times in the whole corpus.
  const rare = Array.from({ length: 15_000 * scale }, () => pseudoWord(int));
  const noun = () => {
    const r = random();
    return r < 0.3 ? compound() : r < 0.4 ? zipf(HEADS) + compound() : r < 0.55 ? rare[Math.floor(rare.length * random() ** 1.5)]! : zipf(NOUNS);
  };
  const phrase = () => (random() < 0.5 ? `${zipf(ADJECTIVES)} ${noun()}` : noun());
  const sentence = () =>
    pick([
      () => `We willen ${phrase()} ${zipf(VERBS)} in ${pick(CONTEXTS)}.`,
      () => `In ${pick(CONTEXTS)} merken we dat ${noun()} en ${noun()} elkaar versterken.`,
      () => `Samen met het werkveld ${zipf(VERBS)} we ${phrase()} voor ${noun()}.`,
      () => `De ${noun()} laat zien dat ${phrase()} helpt bij ${phrase()}.`,
      () => `Studenten ${zipf(VERBS)} hun ${noun()} met ${phrase()}.`,
      () => `Wie heeft ervaring met ${phrase()} of ${phrase()}?`,
      () => `Onze ${noun()} is ${zipf(ADJECTIVES)} en past bij ${pick(CONTEXTS)}.`,
    ])();
  const paragraph = (min: number, max: number) => Array.from({ length: min + int(max - min + 1) }, sentence).join(' ');

  const clock = new HybridClock('0123456789abcdef');
  const ctx: RecordContext = { clock, installId: '0123456789abcdef', now: () => new Date(Date.UTC(2026, 0, 1)) };
  let idCounter = 0;
  const id = () => uuidv7({ msecs: Date.UTC(2025, 0, 1) + idCounter++, random: new Uint8Array(16).map(() => int(256)), seq: 0 });
  const make = (fields: object, recordId: string) => createRecord(ctx, fields as Record<string, unknown>, { id: recordId, demo: false }) as unknown as IndexedRecord;

  const institutions = [...demo.INSTITUTIONS.map((i) => i.name), ...EXTRA_INSTITUTIONS];
  const firstNames = [...demo.FIRST_NAMES, ...EXTRA_FIRST];
  const surnames = [...demo.SURNAMES, ...EXTRA_SURNAMES];
  const topics = [...demo.EXPERTISE, ...Array.from({ length: 120 }, () => phrase())];

  const memberCount = 2_000 * scale;
  const members: CorpusEntry[] = [];
  const used = new Set<string>();
  for (let i = 0; i < memberCount; i++) {
    let name = `${pick(firstNames)} ${pick(surnames)}`;
    // Middle names keep full names unique, so each person can be searched for.
    while (used.has(name)) name = `${pick(firstNames)} ${pick(firstNames)} ${pick(surnames)}`;
    used.add(name);
    const expertise = some(topics, 2, 5, zipf);
    const fields: MemberFields = {
      name,
      email: '',
      institution: zipf(institutions),
      team: pick(demo.TEAMS),
      function: pick(demo.FUNCTIONS),
      masterDegree: random() < 0.9 ? { ...pick(demo.MASTER_PROGRAMMES), year: 2013 + int(13) } : null,
      expertise,
      areas: some(AREAS, 1, 2),
      roles: some(ROLES, 1, 2),
      offers: expertise.slice(0, 1 + int(2)),
      wants: some([...demo.LEARNING_WANTS, ...topics], 1, 2, zipf),
      bio: paragraph(1, 3),
      plgIds: [],
      visibility: 'netwerk',
      fieldVisibility: {},
    };
    members.push({ type: 'members', record: make(fields, id()) });
  }
  const memberIds = members.map((m) => m.record.id);

  const research: CorpusEntry[] = [];
  for (let i = 0; i < 5_000 * scale; i++) {
    const topic = pick(demo.RESEARCH_TOPICS);
    const title = pick([
      () => `${capital(phrase())} in ${pick(CONTEXTS)}`,
      () => `Het effect van ${phrase()} op ${noun()}`,
      () => `${topic.title}: ${phrase()}`,
      () => `${capital(noun())} en ${noun()} bij ${pick(demo.TEAMS)}`,
    ])();
    const fields: ResearchFields = {
      title: title.slice(0, 200),
      question: random() < 0.5 ? topic.question : `Hoe kunnen we ${phrase()} ${zipf(VERBS)} in ${pick(CONTEXTS)}?`,
      summary: paragraph(2, 5),
      method: pick(['Interviews met studenten en docenten', 'Lesobservaties en een vragenlijst', 'Ontwerpgericht onderzoek in drie cycli', 'Literatuurstudie en focusgroepen', 'Actieonderzoek met het opleidingsteam']),
      findings: random() < 0.5 ? paragraph(1, 3) : '',
      status: pick(RESEARCH_STATUSES),
      area: pick(AREAS),
      initiative: pick(INITIATIVES),
      institution: zipf(institutions),
      year: 2016 + int(11),
      tags: some(topics, 1, 3, zipf),
      authorIds: [pick(memberIds)],
      partnerIds: some(memberIds, 1, 2),
      links: [],
      attachments: [],
      draft: false,
    };
    research.push({ type: 'research', record: make(fields, id()) });
  }

  const questions: CorpusEntry[] = [];
  for (let i = 0; i < 20_000 * scale; i++) {
    const answers = Array.from({ length: random() < 0.55 ? 1 + int(3) : 0 }, () => ({
      id: id(),
      authorId: pick(memberIds),
      body: paragraph(1, 2),
      createdAt: new Date(Date.UTC(2025, 0, 1) + int(500) * 86_400_000).toISOString(),
    }));
    const title = pick([
      () => pick(demo.QUESTION_TITLES),
      () => `Hoe ${zipf(VERBS)} jullie ${phrase()} in ${pick(CONTEXTS)}?`,
      () => `Wie heeft ervaring met ${phrase()}?`,
      () => `Tips voor ${phrase()} bij ${noun()}?`,
      () => `Welke ${noun()} gebruiken jullie voor ${phrase()}?`,
    ])();
    const fields: QuestionFields = {
      title: title.slice(0, 200),
      body: paragraph(1, 4),
      tags: some(topics, 1, 3, zipf),
      area: pick(AREAS),
      authorId: pick(memberIds),
      status: answers.length > 0 ? 'beantwoord' : 'open',
      answers,
      acceptedAnswerId: answers.length > 0 && random() < 0.6 ? answers[0]!.id : null,
    };
    questions.push({ type: 'questions', record: make(fields, id()) });
  }
  return { entries: [...members, ...research, ...questions], members, research, questions };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'st', 'sch', 'kr', 'gr', 'br', 'bl', 'sl', 'sp', 'tr', 'vl', 'zw', 'h', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ie', 'oe', 'ei', 'ij', 'ui', 'eu', 'ou', 'é', 'ë'];
const CODAS = ['', 'n', 'r', 'l', 's', 'k', 't', 'm', 'nd', 'ng', 'rt', 'st', 'ls', 'rk', 'cht'];

/** A Dutch-sounding word of two to four syllables. */
function pseudoWord(int: (n: number) => number): string {
  let word = '';
  for (let i = 2 + int(3); i > 0; i--) word += ONSETS[int(ONSETS.length)]! + VOWELS[int(VOWELS.length)]! + CODAS[int(CODAS.length)]!;
  return word;
}
