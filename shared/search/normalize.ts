/**
 * Folding and tokenising text for search. Folding maps every UTF-16 unit to
 * exactly one unit, so a word's position in the folded text is its position
 * in the original and highlights can point into what the user sees.
 */

/** Letters NFD cannot take apart (Turkish dotless i, Polish ł, …). */
const SPECIAL: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 's', æ: 'a', œ: 'o', þ: 't', ð: 'd', ĳ: 'y' };

/** A lone combining mark: kept as part of the word, dropped from the term. */
const MARK = '\u0001';
const foldCache = new Map<number, string>();

function foldUnit(code: number): string {
  let folded = foldCache.get(code);
  if (folded !== undefined) return folded;
  const lower = String.fromCharCode(code).toLowerCase();
  const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  folded = SPECIAL[base] ?? (base.length === 0 ? MARK : base.length === 1 ? base : (SPECIAL[base[0]!] ?? base[0]!));
  foldCache.set(code, folded);
  return folded;
}

const NON_ASCII = /[\u0080-\uffff]/g;
const foldMatch = (ch: string) => foldUnit(ch.charCodeAt(0));

/** Lower case without diacritics, the same length as the input: "Coöperatie" → "cooperatie". */
export function fold(text: string): string {
  // Every non-ASCII unit becomes one lower-case unit first, so lower-casing the rest keeps the length.
  return text.replace(NON_ASCII, foldMatch).toLowerCase();
}

/**
 * Whether some term of `text` could be one of `terms` (or a part of one of
 * its compounds): false only when no term is in the folded text at all, so
 * the text need not be taken apart. Terms of hyphenated words are joined and
 * combining marks dropped, so such text always could.
 */
export function mayHoldAny(text: string, terms: Iterable<string>): boolean {
  const folded = fold(text);
  if (folded.includes('-') || folded.includes(MARK)) return true;
  for (const term of terms) if (folded.includes(term)) return true;
  return false;
}

/** A single word typed by the user, folded: "Ünal" → "unal". */
export const foldTerm = (word: string) => fold(word).replaceAll(MARK, '');

/**
 * 0: a word, in reading order. 1: the joined form of a hyphenated word
 * ("co-teaching" → "coteaching"), which phrase matching must skip.
 */
export type TokenKind = 0 | 1;
export type TokenVisitor = (term: string, start: number, end: number, kind: TokenKind) => void;

export const MIN_TERM_LENGTH = 2;

const LETTER = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit of folded text: 1 when it belongs to a word. Filled lazily beyond ASCII. */
const wordUnit = new Int8Array(65_536).fill(-1);
const isWordUnit = (code: number): boolean => {
  let known = wordUnit[code]!;
  if (known < 0) wordUnit[code] = known = code === 1 || LETTER.test(String.fromCharCode(code)) ? 1 : 0;
  return known === 1;
};
const HYPHEN = 45;

/**
 * Calls `visit` for every term of `text` (folded), with its range in the
 * original text. Words are runs of letters and digits; a hyphen between two
 * such runs joins them into one hyphenated word ("co-teaching").
 */
export function eachToken(text: string, visit: TokenVisitor, minLength = MIN_TERM_LENGTH): void {
  const folded = fold(text);
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let parts = 0;
    let partStart = i;
    let joined = '';
    for (;;) {
      while (i < n && isWordUnit(folded.charCodeAt(i))) i++;
      const hyphenated = i + 1 < n && folded.charCodeAt(i) === HYPHEN && isWordUnit(folded.charCodeAt(i + 1));
      if (!hyphenated && parts === 0) {
        emit(folded, start, i, 0, visit, minLength);
        break;
      }
      joined += emit(folded, partStart, i, 0, visit, minLength);
      parts++;
      if (!hyphenated) {
        visit(joined, start, i, 1);
        break;
      }
      i++;
      partStart = i;
    }
  }
}

function emit(folded: string, start: number, end: number, kind: TokenKind, visit: TokenVisitor, minLength: number): string {
  let term = folded.slice(start, end);
  if (term.includes(MARK)) term = term.replaceAll(MARK, '');
  if (term.length >= minLength) visit(term, start, end, kind);
  return term;
}

/** The terms of `text` in order, without joined forms. */
export function tokenize(text: string, minLength = MIN_TERM_LENGTH): string[] {
  const terms: string[] = [];
  eachToken(
    text,
    (term, _start, _end, kind) => {
      if (kind === 0) terms.push(term);
    },
    minLength,
  );
  return terms;
}
