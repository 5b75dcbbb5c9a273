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

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case without diacritics, the same length as the input: "Coöperatie" → "cooperatie". */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 128 ? String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code) : foldUnit(code);
  }
  return out;
}

/** A single word typed by the user, folded: "Ünal" → "unal". */
export const foldTerm = (word: string) => fold(word).replaceAll(MARK, '');

/** Words: letters and digits, hyphenated words as one run ("co-teaching"). */
const WORD = /[\p{L}\p{N}\u0001]+(?:-[\p{L}\p{N}\u0001]+)*/gu;

/**
 * 0: a word, in reading order. 1: the joined form of a hyphenated word
 * ("co-teaching" → "coteaching"), which phrase matching must skip.
 */
export type TokenKind = 0 | 1;
export type TokenVisitor = (term: string, start: number, end: number, kind: TokenKind) => void;

export const MIN_TERM_LENGTH = 2;

/** Calls `visit` for every term of `text` (folded), with its range in the original text. */
export function eachToken(text: string, visit: TokenVisitor, minLength = MIN_TERM_LENGTH): void {
  const folded = fold(text);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match; match = WORD.exec(folded)) {
    const run = match[0];
    const start = match.index;
    if (!run.includes('-')) {
      const term = run.includes(MARK) ? run.replaceAll(MARK, '') : run;
      if (term.length >= minLength) visit(term, start, start + run.length, 0);
      continue;
    }
    let offset = start;
    let joined = '';
    for (const part of run.split('-')) {
      const term = part.replaceAll(MARK, '');
      if (term.length >= minLength) visit(term, offset, offset + part.length, 0);
      joined += term;
      offset += part.length + 1;
    }
    visit(joined, start, start + run.length, 1);
  }
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
