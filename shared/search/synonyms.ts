import { tokenize } from './normalize';
import data from './synonyms.json';

/**
 * Synonym groups from synonyms.json. A record containing any phrase of a
 * group also gets the group's own term, and a query naming any phrase of the
 * group looks for that term as well: "stage" finds a record about the BPV.
 */

/** Group terms start with a character no typed word can, so prefix search never meets them. */
export const GROUP_MARK = '\u0002';
export const groupTerm = (key: string) => GROUP_MARK + key;
export const isGroupTerm = (term: string) => term.charCodeAt(0) === 2;

const labels = new Map(data.groups.map((g) => [groupTerm(g.key), g.phrases.find((p) => p.includes(' ')) ?? g.phrases[0]!]));
/** A readable name for a group: its first phrase of several words ("professionele leergemeenschap"). */
export const groupLabel = (group: string) => labels.get(group) ?? group.slice(1);

interface Phrase {
  group: string;
  words: string[];
}

/** Phrases by their first word, longest first. */
const byFirstWord = new Map<string, Phrase[]>();
/** Every word that appears in some phrase: a cheap test before looking further. */
const phraseWords = new Set<string>();
for (const { key, phrases } of data.groups) {
  for (const text of phrases) {
    const words = tokenize(text);
    if (words.length === 0) continue;
    for (const w of words) phraseWords.add(w);
    const list = byFirstWord.get(words[0]!) ?? [];
    // "PLG" and "PLG's" are the same words once folded: keep one.
    if (list.some((p) => p.group === groupTerm(key) && p.words.join(' ') === words.join(' '))) continue;
    list.push({ group: groupTerm(key), words });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(words[0]!, list);
  }
}

export interface SynonymMatch {
  group: string;
  /** Index of the first and one past the last word matched. */
  from: number;
  to: number;
}

/**
 * The synonym phrases in a sequence of words. With `openEnd`, the last word
 * may still be being typed: "formatief eval" already means formatief evalueren.
 */
export function findSynonyms(words: readonly string[], openEnd = false): SynonymMatch[] {
  const found: SynonymMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = byFirstWord.get(words[i]!) ?? (openEnd && i === words.length - 1 ? prefixCandidates(words[i]!) : undefined);
    if (!candidates) continue;
    for (const phrase of candidates) {
      if (matchesAt(words, i, phrase.words, openEnd)) found.push({ group: phrase.group, from: i, to: i + phrase.words.length });
    }
  }
  return found;
}

function matchesAt(words: readonly string[], at: number, phrase: string[], openEnd: boolean): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const word = words[at + k]!;
    const isTyped = openEnd && at + k === words.length - 1;
    if (word === phrase[k]) continue;
    if (isTyped && word.length >= 3 && phrase[k]!.startsWith(word)) continue;
    return false;
  }
  return true;
}

function prefixCandidates(word: string): Phrase[] | undefined {
  if (word.length < 3) return undefined;
  const found: Phrase[] = [];
  for (const [first, phrases] of byFirstWord) if (first.startsWith(word)) found.push(...phrases.filter((p) => p.words.length === 1));
  return found.length > 0 ? found : undefined;
}

/** True when a word can start or be part of a synonym phrase; most words cannot. */
export const mayBeSynonym = (word: string) => phraseWords.has(word);

/** Groups that a single word names on its own ("stage" → BPV); no allocation on the hot path. */
const singleWordGroups = new Map<string, string[]>();
for (const [first, phrases] of byFirstWord) {
  const groups = phrases.filter((p) => p.words.length === 1).map((p) => p.group);
  if (groups.length > 0) singleWordGroups.set(first, groups);
}
const NO_GROUPS: readonly string[] = [];
export const groupsOfWord = (word: string): readonly string[] => singleWordGroups.get(word) ?? NO_GROUPS;
