import { splitCompound } from './compounds';
import { isStopword } from './dutchWords';
import { eachToken } from './normalize';
import { findSynonyms, groupsOfWord } from './synonyms';

/**
 * What a piece of text contributes to the index: its words, the parts of its
 * compounds, the joined form of hyphenated words and its synonym groups, each
 * with a weight (a compound part counts less than the word itself).
 */
export const TERM_WEIGHT = { word: 1, joined: 0.8, part: 0.6, synonym: 0.8 } as const;

export type TermSink = (term: string, weight: number) => void;

/** Emits the terms of `text`; returns its length in words (stopwords not counted). */
export function analyzeText(text: string, emit: TermSink): number {
  const words: string[] = [];
  let length = 0;
  eachToken(text, (term, _start, _end, kind) => {
    if (kind === 1) {
      emit(term, TERM_WEIGHT.joined);
      return;
    }
    words.push(term);
    if (isStopword(term)) return;
    length++;
    emit(term, TERM_WEIGHT.word);
    for (const part of splitCompound(term)) {
      emit(part, TERM_WEIGHT.part);
      for (const group of groupsOfWord(part)) emit(group, TERM_WEIGHT.synonym * TERM_WEIGHT.part);
    }
  });
  // A concept named twice in one text ("beroepspraktijkvorming (BPV)") counts once.
  const groups = new Set(findSynonyms(words).map((m) => m.group));
  for (const group of groups) emit(group, TERM_WEIGHT.synonym);
  return length;
}
