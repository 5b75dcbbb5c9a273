/**
 * Text for BibTeX fields. Classic BibTeX reads bytes, so letters with
 * diacritics are written as LaTeX accents (`Ü` → `{\"U}`, `é` → `{\'e}`), the
 * characters BibTeX or LaTeX treat specially are escaped, and anything with
 * no LaTeX spelling stays UTF-8 for biber and reference managers.
 */

/** Combining marks (after NFD) and their LaTeX accent commands. */
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030a': 'r',
  '\u030b': 'H',
  '\u030c': 'v',
  '\u0327': 'c',
  '\u0328': 'k',
};

const LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
  '‘': '`',
  '’': "'",
  '“': '``',
  '”': "''",
  '–': '--',
  '—': '---',
  '…': '{\\ldots}',
  '€': '{\\texteuro}',
  '\u00a0': '~',
};

const SPECIAL: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

const own = (table: Record<string, string>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

/** Escapes one field value; line breaks become spaces (BibTeX fields are one paragraph). */
export function latexEscape(text: string): string {
  let out = '';
  for (const cluster of text.replace(/\s+/g, ' ').trim().normalize('NFC')) out += escapeChar(cluster);
  return out;
}

function escapeChar(char: string): string {
  const simple = own(SPECIAL, char) ?? own(LETTERS, char);
  if (simple) return simple;
  if (char.charCodeAt(0) < 0x80) return char;
  const [base = '', ...marks] = char.normalize('NFD');
  const commands = marks.map((m) => own(ACCENTS, m));
  if (marks.length === 0 || commands.includes(undefined) || !/^[A-Za-z]$/.test(base)) return char;
  // {\'e}; accents go on the dotless i ({\"\i}); letter commands (\c, \v …) need a space before their letter.
  const letter = base === 'i' ? '\\i' : base;
  let wrapped = letter;
  for (const cmd of commands as string[]) {
    wrapped = wrapped === letter ? `\\${cmd}${/[a-zA-Z]/.test(cmd) ? ' ' : ''}${letter}` : `\\${cmd}{${wrapped}}`;
  }
  return `{${wrapped}}`;
}

/** URLs and DOIs are verbatim in BibTeX; only braces and backslashes would break the field, so they are percent-encoded. */
export const verbatimField = (text: string) => text.trim().replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
