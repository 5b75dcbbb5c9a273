import { parse } from 'csv-parse/sync';
import { decodeText, parsed, problem, type Parsed, type TextEncodingName } from '../fileInput';
import { compactKey } from '../textKeys';

/**
 * Reads a CSV file the way Dutch Excel writes it (`;`, UTF-8 with BOM or
 * Windows-1252, quoted cells with line breaks and doubled quotes) into rows
 * keyed by the caller's column names. Every row remembers the physical line
 * of the file on which it starts, so problems can be reported by line.
 */

export interface ColumnSpec<K extends string> {
  /** Header spellings that name this column; case, accents, spaces and punctuation do not matter. */
  aliases: Record<K, readonly string[]>;
  required: readonly NoInfer<K>[];
}

/** Header spellings for a person, shared by the member and attendee sheets. */
export const PERSON_COLUMNS = {
  name: ['naam', 'name', 'volledige naam', 'full name'],
  email: ['e-mail', 'email', 'e-mailadres', 'email address', 'mail'],
} as const;

export interface CsvRow<K extends string> {
  line: number;
  cells: Record<K, string>;
}

export interface RowProblem {
  line: number;
  reason: string;
}

export interface CsvTable<K extends string> {
  rows: CsvRow<K>[];
  problems: RowProblem[];
  encoding: TextEncodingName;
  separator: ';' | ',';
  /** Header cells that matched no known column; shown so a typo is noticed. */
  ignoredColumns: string[];
}

/** Rows one file may hold: a whole school's staff fits, and an import stays well under 500 MB (bench/importMemory.ts). */
export const MAX_CSV_ROWS = 10_000;

export function readCsvTable<K extends string>(bytes: Uint8Array, spec: ColumnSpec<K>): Parsed<CsvTable<K>> {
  const decoded = decodeText(bytes, 'CSV');
  if (!decoded.ok) return decoded;
  // csv-parse miscounts lines for CRLF inside quoted cells; one line ending keeps line numbers exact.
  let text = decoded.value.text.replace(/\r\n?/g, '\n');
  /** Lines before the text csv-parse sees (a `sep=` line), added to its line numbers. */
  let skipped = 0;
  let separator: ';' | ',';
  const sepLine = /^sep=([;,])\n/i.exec(text);
  if (sepLine) {
    separator = sepLine[1] as ';' | ',';
    text = text.slice(sepLine[0].length);
    skipped = 1;
  } else {
    separator = sniffSeparator(text);
  }

  const records: { cells: string[]; line: number }[] = [];
  const problems: RowProblem[] = [];
  let nextLine = 1 + skipped;
  parse(text, {
    delimiter: separator,
    relax_column_count: true,
    // A stray quote inside an unquoted cell is taken literally, as Excel does, instead of swallowing the next rows.
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    // The header, the rows allowed, and one more to tell that there are too many; the rest is not read.
    to: MAX_CSV_ROWS + 2,
    on_record: (cells: string[], { lines }) => {
      records.push({ cells, line: nextLine });
      nextLine = lines + skipped + 1;
      return null;
    },
    on_skip: (error) => {
      const endLine = typeof error?.lines === 'number' ? error.lines + skipped : nextLine;
      problems.push({ line: nextLine, reason: skipReason(error?.code, nextLine, endLine) });
      nextLine = endLine + 1;
    },
  });

  if (records.length > MAX_CSV_ROWS + 1) {
    return problem('too_large', `The CSV file has more than ${MAX_CSV_ROWS.toLocaleString('en')} rows; import it in parts.`);
  }
  const header = records.shift();
  const unreadable = problems.find((p) => !header || p.line < header.line);
  if (unreadable) return problem('missing_columns', `The header row of the CSV file cannot be read: ${unreadable.reason}.`);
  if (!header || header.cells.every((c) => c.trim() === '')) return problem('missing_columns', 'The CSV file has no header row.');
  const columns = matchColumns(header.cells, spec);
  const missing = spec.required.filter((key) => !columns.index.has(key));
  if (missing.length > 0) {
    const names = missing.map((key) => spec.aliases[key].slice(0, 2).join('/')).join(', ');
    return problem('missing_columns', `The CSV file has no column ${names}. Found: ${header.cells.join(', ') || '(nothing)'}.`);
  }

  const rows: CsvRow<K>[] = [];
  for (const record of records) {
    if (record.cells.every((c) => c.trim() === '')) continue; // Excel leaves rows of bare separators
    const extra = record.cells.slice(header.cells.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      problems.push({ line: record.line, reason: `has ${record.cells.length} cells but the header has ${header.cells.length}` });
      continue;
    }
    const cells = {} as Record<K, string>;
    for (const key of Object.keys(spec.aliases) as K[]) {
      const i = columns.index.get(key);
      cells[key] = i === undefined ? '' : unescapeFormula((record.cells[i] ?? '').trim());
    }
    rows.push({ line: record.line, cells });
  }
  problems.sort((a, b) => a.line - b.line);
  return parsed({ rows, problems, encoding: decoded.value.encoding, separator, ignoredColumns: columns.ignored });
}

function matchColumns<K extends string>(header: string[], spec: ColumnSpec<K>) {
  const byAlias = new Map<string, K>();
  for (const key of Object.keys(spec.aliases) as K[]) for (const alias of spec.aliases[key]) byAlias.set(compactKey(alias), key);
  const index = new Map<K, number>();
  const ignored: string[] = [];
  header.forEach((cell, i) => {
    const key = byAlias.get(compactKey(cell));
    if (key && !index.has(key)) index.set(key, i);
    else if (cell.trim()) ignored.push(cell.trim());
  });
  return { index, ignored };
}

/** Dutch Excel separates with `;`; a file from elsewhere may use `,`. The header row decides. */
function sniffSeparator(text: string): ';' | ',' {
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')).replace(/"[^"]*"/g, '');
  const count = (ch: string) => header.split(ch).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

function skipReason(code: string | undefined, line: number, endLine: number): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return endLine > line
      ? `a quoted cell is not closed, so lines ${line}–${endLine} could not be read`
      : 'a quoted cell is not closed';
  }
  return `cannot be read as CSV (${code ?? 'unknown error'})`;
}

/** Undoes the `'` that the writer puts before a cell Excel would otherwise run as a formula. */
const unescapeFormula = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);
