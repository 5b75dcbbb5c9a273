import type { CsvRowProblem } from '../../../shared/contract';
import type { RowProblem } from '../formats';

/**
 * The CSV readers (main/core/formats/csv) describe a skipped row in an
 * English sentence. The UI speaks Dutch first, so each sentence is turned
 * into a code, the column it concerns and the specific value; the sentence
 * itself stays as the technical detail.
 */

const FIELD_LABELS: Record<string, string> = { name: 'name', 'e-mail': 'email', institution: 'institution', team: 'team', expertise: 'expertise' };

type Rule = { pattern: RegExp; code: CsvRowProblem['code']; field?: (m: RegExpExecArray) => string | null; detail?: (m: RegExpExecArray) => string | null };

const field = (m: RegExpExecArray) => FIELD_LABELS[m[1]!] ?? m[1]!;

const RULES: Rule[] = [
  { pattern: /^status "(.*)" is not one of/, code: 'bad_status', field: () => 'status', detail: (m) => m[1]! },
  { pattern: /^e-mail (\S+) is already on line (\d+)/, code: 'duplicate_email', field: () => 'email', detail: (m) => m[2]! },
  { pattern: /^(\S+) is not a valid e-mail address/, code: 'invalid_email', field },
  { pattern: /^(\S+) (?:is empty|is too short|needs at least)/, code: 'required_missing', field },
  { pattern: /^(\S+) (?:is too long|has too many items)/, code: 'too_long', field },
  { pattern: /^(\S+) must be a single line/, code: 'single_line', field },
  { pattern: /^has (\d+) cells but the header has (\d+)/, code: 'extra_cells', detail: (m) => m[2]! },
  { pattern: /^a quoted cell is not closed(?:, so lines \d+–(\d+))?/, code: 'unclosed_quote', detail: (m) => m[1] ?? null },
  { pattern: /^cannot be read as CSV/, code: 'unreadable' },
];

export function codedRowProblem({ line, reason }: RowProblem): CsvRowProblem {
  for (const rule of RULES) {
    const match = rule.pattern.exec(reason);
    if (match) return { line, code: rule.code, field: rule.field?.(match) ?? null, detail: rule.detail?.(match) ?? null, reason };
  }
  return { line, code: 'other', field: null, detail: null, reason };
}

/** The base64 of an upload as bytes; invalid characters are refused by the contract's length limit and by decoding to nothing. */
export const bytesOf = (dataBase64: string) => new Uint8Array(Buffer.from(dataBase64, 'base64'));
