import dutch from './dutch.json';

/** The word lists of dutch.json as sets, folded like every indexed term. */
export const STOPWORDS: ReadonlySet<string> = new Set(dutch.stopwords);
export const COMPOUND_PARTS: ReadonlySet<string> = new Set(dutch.compoundParts);
export const GENERIC_WORDS: ReadonlySet<string> = new Set(dutch.genericWords);

export const isStopword = (term: string) => STOPWORDS.has(term);
