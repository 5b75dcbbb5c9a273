import type { Corpus } from './corpus';
import { seeded } from './corpus';
import { ADJECTIVES, HEADS, NOUNS, TAILS } from './words';

/**
 * The fixed query set: ≥200 queries a person might type (prefixes of long
 * words, typos, two words, names, with and without diacritics), each typed
 * letter by letter; and typo'd queries aimed at one known record.
 */

const HAND_WRITTEN = [
  'onderwijsontwikkeling', 'beoordelingspraktijk', 'formatief handelen', 'formatief evalueren', 'feedback', 'peer feedback', 'stage',
  'BPV begeleiding', 'loopbaanoriëntatie', 'LOB', 'keuzedeel', 'PLG', 'professionele leergemeenschap', 'intervisie', 'rubric',
  'examinering', 'differentiëren', 'differentieren', 'klassenmanagement', 'taalontwikkelend lesgeven', 'studiesucces', 'uitval',
  'welzijn studenten', 'burgerschap', 'AI in het onderwijs', 'kunstmatige intelligentie', 'co-teaching', 'coteaching', 'werkplekleren',
  'praktijkgericht onderzoek', 'ontwerpgericht onderzoek', 'leerbedrijf', 'praktijkopleider', 'beroepsproducten', 'vragenlijst',
  'cafe', 'café', 'netwerkcafe', 'coöperatie', 'cooperatie', 'geisoleerde', 'geïsoleerde', 'ideeen', 'ideeën', 'reunie', 'financien',
  'Ünal', 'unal', 'Hélène', 'helene', "'t Hart", 't hart', 'van der Berg', 'van den Heuvel', 'Yılmaz', 'yilmaz', 'Çelik', 'celik',
  'Öztürk', 'ozturk', 'François', 'francois', 'Zoë', 'zoe', 'Gülşen', 'gulsen',
  'intervsie', 'formatif handelen', 'praktjik', 'beoordleing', 'studiesuces', 'klassenmanagment', 'loopbaanorientatie', 'differntiatie',
  'onderwijsontwikeling', 'digitaliserign', 'burgerschp', 'examineirng', 'peer feedbakc', 'werkplekleern', 'rubirc', 'vragnelijst',
  'feedback stage', 'rubric beroepsproduct', 'AI verslag', 'motivatie eerstejaars', 'uitval eerste jaar', 'coaching collega',
  'effect werkvorm', 'leerlijn ontwerpen', 'hybride leeromgeving', 'zelfregulatie studenten', 'eigenaarschap', 'examencommissie',
  'data dashboard', 'observatie praktijkles', 'niveau 2', 'entree opleiding', 'verpleegkunde stage', 'mechatronica project',
];

/** One edit inside a word of 5+ letters, never the first letter, the same every run. */
export function typo(word: string, n: number): string {
  if (word.length < 5) return word;
  const i = 1 + (n % (word.length - 2));
  switch (n % 4) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

function typoInLongestWord(text: string, n: number): string {
  const words = text.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > words[longest]!.length) longest = i;
  });
  words[longest] = typo(words[longest]!, n);
  return words.join(' ');
}

export function querySet(corpus: Corpus): string[] {
  const random = seeded(77);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const generated: string[] = [];
  for (let i = 0; i < 30; i++) generated.push(pick(HEADS) + pick(TAILS));
  for (let i = 0; i < 25; i++) generated.push(`${pick(ADJECTIVES)} ${pick(NOUNS)}`);
  for (let i = 0; i < 25; i++) generated.push(String(pick(corpus.members).record.name));
  for (let i = 0; i < 20; i++) generated.push(typoInLongestWord(`${pick(HEADS)}${pick(TAILS)}`, i));
  return [...HAND_WRITTEN, ...generated];
}

/** Every keystroke of typing `query`: "f", "fo", "for", … */
export const keystrokes = (query: string) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter((q) => q.trim() !== '');

export interface TypoTarget {
  query: string;
  /** The title of the record meant; a record with the same title is as good a find. */
  title: string;
}

/** Typo'd names and typo'd research titles, each aimed at one record. */
export function typoTargets(corpus: Corpus, count = 120): TypoTarget[] {
  const random = seeded(99);
  const targets: TypoTarget[] = [];
  for (let i = 0; i < count / 2; i++) {
    const name = String(corpus.members[Math.floor(random() * corpus.members.length)]!.record.name);
    targets.push({ query: typoInLongestWord(name, i), title: name });
  }
  for (let i = 0; i < count / 2; i++) {
    const title = String(corpus.research[Math.floor(random() * corpus.research.length)]!.record.title);
    const words = title.split(/\s+/).filter((w) => w.length >= 5 && /^[\p{L}-]+$/u.test(w)).slice(0, 3);
    if (words.length < 2) continue;
    targets.push({ query: typoInLongestWord(words.join(' '), i), title });
  }
  return targets;
}
