import { stringify } from 'csv-stringify/sync';

/**
 * CSV that Dutch Excel opens by double-click with diacritics intact: UTF-8
 * with BOM, `;` between cells, CRLF between rows, quotes where needed
 * (including cells with a line break). A cell starting with `=`, `+`, `-` or
 * `@` gets a leading `'` so Excel shows it instead of running it as a formula
 * (CSV injection); the reader removes that `'` again.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  const text = stringify([header, ...rows] as string[][], {
    delimiter: ';',
    record_delimiter: '\r\n',
    bom: true,
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
  return new TextEncoder().encode(text);
}
