import { COMPOUND_PARTS } from './dutchWords';

/**
 * Dutch writes compounds as one word: "beoordelingspraktijk" is
 * beoordeling + s + praktijk. A word is taken apart where its head is a known
 * part (dutch.json) and the rest is a known part too, possibly after a
 * linking s/e/en, or an unknown word long enough not to be a suffix.
 */

const LINKS = ['', 's', 'e', 'en'];
/** After these endings a linking s is usual: beoordeling-s-praktijk, gezondheid-s-zorg. */
const S_LINKED = /(?:ing|heid|schap|teit|tie|sie|eid)$/;
const SUFFIX_LIKE = /^(?:lingen|ingen|heden|schap|tjes|ingen)/;
const MIN_WORD = 7;
const MIN_UNKNOWN_TAIL = 6;

const cache = new Map<string, readonly string[]>();
const NONE: readonly string[] = [];

/** The parts of a compound ("onderwijsontwikkeling" → ["onderwijs", "ontwikkeling"]), or [] when it is not one. */
export function splitCompound(word: string): readonly string[] {
  let parts = cache.get(word);
  if (parts === undefined) {
    parts = word.length < MIN_WORD ? NONE : (splitKnown(word) ?? splitWithUnknownTail(word) ?? NONE);
    if (cache.size > 200_000) cache.clear();
    cache.set(word, parts);
  }
  return parts;
}

function splitKnown(word: string): string[] | null {
  for (let h = word.length - 3; h >= 3; h--) {
    const head = word.slice(0, h);
    if (!COMPOUND_PARTS.has(head)) continue;
    for (const link of LINKS) {
      if (!word.startsWith(link, h)) continue;
      const tail = word.slice(h + link.length);
      if (tail.length < 3) continue;
      if (COMPOUND_PARTS.has(tail)) return [head, tail];
      const rest = tail.length >= MIN_WORD ? splitKnown(tail) : null;
      if (rest) return [head, ...rest];
    }
  }
  return null;
}

function splitWithUnknownTail(word: string): string[] | null {
  for (let h = word.length - MIN_UNKNOWN_TAIL; h >= 4; h--) {
    const head = word.slice(0, h);
    if (!COMPOUND_PARTS.has(head)) continue;
    const linked = S_LINKED.test(head) && word[h] === 's' ? 1 : 0;
    const tail = word.slice(h + linked);
    if (tail.length >= MIN_UNKNOWN_TAIL && !SUFFIX_LIKE.test(tail)) return [head, tail];
  }
  return null;
}
