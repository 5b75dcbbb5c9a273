/**
 * Research fields that reference formats have no field for (research
 * question, method, findings, status, area, initiative, partners, extra
 * links) travel as labelled lines in the note: `Methode: …`. Zotero keeps
 * notes (RIS N1 as child notes, CSL `note` as Extra) and exports them again,
 * so these fields survive a trip through a reference manager and a colleague's
 * import restores them. A section runs until the next line that starts with a
 * known label; a Markdown line that itself starts with `Status:` and the like
 * would therefore start a new section.
 */

export const NOTE_KEYS = ['question', 'method', 'findings', 'status', 'area', 'initiative', 'partners', 'links'] as const;
export type NoteKey = (typeof NOTE_KEYS)[number];
export type NoteSections = Partial<Record<NoteKey, string>>;

/** Written in Dutch, the language of the records; English labels are read too. */
const LABELS: Record<NoteKey, readonly [string, ...string[]]> = {
  question: ['Onderzoeksvraag', 'Research question'],
  method: ['Methode', 'Method'],
  findings: ['Bevindingen', 'Findings'],
  status: ['Status'],
  area: ['Gebied', 'Area'],
  initiative: ['Initiatief', 'Initiative'],
  partners: ['Partners'],
  links: ['Links'],
};

const KEY_OF_LABEL = new Map(NOTE_KEYS.flatMap((key) => LABELS[key].map((label) => [label.toLowerCase(), key] as const)));
const LABEL_LINE = new RegExp(`^\\s*(${[...KEY_OF_LABEL.keys()].join('|')})\\s*:\\s?(.*)$`, 'i');

/** One `Label: text` block per non-empty section, in the fixed order. */
export function noteBlocks(sections: NoteSections): string[] {
  return NOTE_KEYS.filter((key) => sections[key]?.trim()).map((key) => `${LABELS[key][0]}: ${sections[key]!.trim()}`);
}

export interface ReadNotes {
  sections: NoteSections;
  /** Text outside any labelled section, such as a note someone wrote in Zotero. */
  other: string[];
}

/** Reads labelled sections from notes; a section found twice keeps its first value. */
export function readNotes(notes: readonly string[]): ReadNotes {
  const sections: NoteSections = {};
  const other: string[] = [];
  for (const note of notes) {
    const text = looksLikeHtml(note) ? htmlToText(note) : note;
    const collected: { key: NoteKey | null; lines: string[] }[] = [];
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
      const m = LABEL_LINE.exec(line);
      const last = collected.at(-1);
      if (m) collected.push({ key: KEY_OF_LABEL.get(m[1]!.toLowerCase())!, lines: [m[2]!] });
      else if (last) last.lines.push(line);
      else collected.push({ key: null, lines: [line] });
    }
    for (const { key, lines } of collected) {
      const value = lines.join('\n').trim();
      if (!value) continue;
      if (key === null) other.push(value);
      else sections[key] ??= value;
    }
  }
  return { sections, other };
}

const looksLikeHtml = (text: string) => /<\/?(p|br|div|span|strong|em|b|i|ul|ol|li|h[1-6])\b[^>]*>/i.test(text);

const ENTITIES = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }));

/** Zotero exports notes as HTML; only their text matters here. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li)>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES.get(code.toLowerCase()) ?? whole;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
