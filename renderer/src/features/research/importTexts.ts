import type { TFunction } from 'i18next';

/**
 * The importer (main/core/formats/citations) explains in English; the
 * preview speaks Dutch. Known reasons are worded here; anything else is
 * shown in a Dutch sentence with the original detail, so nothing is hidden.
 */
const REASONS: Array<[RegExp, string, (m: RegExpExecArray) => Record<string, string>]> = [
  [/^has no title$/, 'noTitle', () => ({})],
  [/^has an empty type \(TY\)$/, 'emptyType', () => ({})],
  [/^is not closed with "ER {2}- " before the next entry starts$/, 'notClosedBeforeNext', () => ({})],
  [/^is not closed with "ER {2}- " \(the file may be cut off\)$/, 'notClosedAtEnd', () => ({})],
  [/^does not start with a type line \(TY\); found (\w+) first$/, 'noTypeFirst', (m) => ({ tag: m[1]! })],
  [/^contains the forbidden key "(.+)"$/, 'forbiddenKey', (m) => ({ key: m[1]! })],
  [/^nested deeper than (\d+) levels$/, 'tooDeep', (m) => ({ levels: m[1]! })],
  [/^is already in Masternetwerk as "(.*)" \(same DOI (\S+)\)$/, 'duplicateDoi', (m) => ({ title: m[1]!, doi: m[2]! })],
  [/^is already in Masternetwerk as "(.*)" \(same title, year and first author\)$/, 'duplicateTitle', (m) => ({ title: m[1]! })],
];

const WARNINGS: Array<[RegExp, string, (m: RegExpExecArray) => Record<string, string>]> = [
  [/^no author matches a profile; you are listed as the author$/, 'youAreAuthor', () => ({})],
  [/^(status|area|initiative|publicationType) "(.+)" is not known; set to (.+)$/, 'unknownValue', (m) => ({ what: m[1]!, value: m[2]!, fallback: m[3]! })],
  [/^no (status|area|initiative); set to (.+)$/, 'missingValue', (m) => ({ what: m[1]!, fallback: m[2]! })],
  [/^(\d+) keyword\(s\) too long or too many were left out$/, 'keywordsDropped', (m) => ({ count: m[1]! })],
  [/^no year; set to (\d+)$/, 'noYear', (m) => ({ year: m[1]! })],
  [/^journal\/book title longer than \d+ characters was left out$/, 'publicationTooLong', () => ({})],
];

function translate(table: typeof REASONS, prefix: string, text: string, t: TFunction): string {
  for (const [pattern, key, values] of table) {
    const m = pattern.exec(text);
    if (!m) continue;
    const params = values(m);
    // status/area/initiative/publication type and the value chosen for them are named as everywhere else in the UI.
    if (params.what && params.fallback) params.fallback = t(`${params.what}.${params.fallback}`, { defaultValue: params.fallback }).toLocaleLowerCase();
    if (params.what) params.what = t(`import.what.${params.what}`);
    return t(`${prefix}.${key}`, params);
  }
  return t(`${prefix}.other`, { detail: text });
}

export const reasonText = (reason: string, t: TFunction) => translate(REASONS, 'import.reasons', reason, t);
export const warningText = (warning: string, t: TFunction) => translate(WARNINGS, 'import.warnings', warning, t);
