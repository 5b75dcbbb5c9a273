import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/contract';
import { Attendee, COLLECTION_NAMES, COLLECTIONS, MemberFields, ResearchFields } from '../../shared/domain';
import { openApp, type AppContext } from '../../main/core/app';
import { dispatch } from '../../main/core/dispatch';
import { importAttendeesCsv, importCitations, importMembersCsv, type Parsed } from '../../main/core/formats';
import { createHandlers } from '../../main/core/handlers';
import { hashDir } from './helpers/bundles';
import { expectNoPoisoning, expectUnpolluted, FUZZ_TIMEOUT, HOSTILE_STRINGS, hostileJson, nearValid, runs } from './helpers/fuzz';
import { profile } from './researchFixtures';

/**
 * The spreadsheet (CSV) and reference (RIS, CSL-JSON) importers with
 * arbitrary bytes and with files that look like the real thing but are
 * broken in every cell: each file is read into valid rows plus coded
 * problems, or refused whole with a code — never a throw. Through the IPC
 * handlers, a refused file leaves the data directory byte for byte as it was.
 */

const CSV_RUNS = runs(1_200);
const RIS_RUNS = runs(1_200);
const CSL_RUNS = runs(1_200);
const SERVICE_RUNS = runs(250);

const FILE_PROBLEMS = ['empty', 'too_large', 'not_text', 'unknown_format', 'invalid_json', 'no_entries', 'missing_columns'];

/** Files refused whole, files read, and the valid rows or entries they gave. */
const outcomes = { refused: 0, read: 0, rows: 0 };

/** A file problem has a known code; a readable file gives only rows that pass the app's own schema. */
function expectReadOrRefused<T>(result: Parsed<T>, rows: (value: T) => unknown[], schema: { safeParse(v: unknown): { success: boolean } }) {
  if (!result.ok) {
    outcomes.refused++;
    expect(FILE_PROBLEMS).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(0);
  } else {
    outcomes.read++;
    for (const row of rows(result.value)) {
      outcomes.rows++;
      expect(schema.safeParse(row).success).toBe(true);
    }
  }
  expectUnpolluted();
}

afterAll(() => console.log(`Format fuzzing: ${outcomes.refused} files refused whole, ${outcomes.read} read, giving ${outcomes.rows} valid rows or entries`));

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS, 'Hélène van der Berg', 'jan@rijnland.nl', 'ROC Rijnland', 'aanwezig', 'afgemeld', 'feedback; coaching') },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const header = fc.shuffledSubarray(['Naam', 'E-mail', 'Instelling', 'Team', 'Expertise', 'Status', 'name', 'e-mailadres', 'school', 'onbekend', ''], { minLength: 0 });

/** What Excel (or someone's script) writes: a header, rows of cells, a separator, quotes, line ends, an encoding. */
const csvFile = fc
  .record({
    header,
    rows: fc.array(fc.array(fc.tuple(cell, fc.boolean()), { maxLength: 8 }), { maxLength: 12 }),
    separator: fc.constantFrom(';', ',', '\t', '|'),
    newline: fc.constantFrom('\r\n', '\n', '\r'),
    bom: fc.boolean(),
    encoding: fc.constantFrom('utf8', 'win1252', 'utf16le'),
    tail: fc.constantFrom('', '\n', '"', '"unclosed', '\u0000'),
  })
  .map(({ header: h, rows, separator, newline, bom, encoding, tail }) => {
    const lines = [h.join(separator), ...rows.map((r) => r.map(([text, quote]) => (quote ? quoted(text) : text)).join(separator))];
    const text = `${bom ? '\uFEFF' : ''}${lines.join(newline)}${tail}`;
    return new Uint8Array(iconv.encode(text, encoding));
  });

const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 3_000 }), fc.string({ maxLength: 500 }).map((s) => new Uint8Array(Buffer.from(s))));

const RIS_TAGS = ['TY', 'TI', 'T1', 'AU', 'A1', 'A2', 'PY', 'Y1', 'DA', 'AB', 'N2', 'KW', 'PB', 'UR', 'DO', 'N1', 'ER', 'XX', '', 'T'];
const risFile = fc
  .array(
    fc.tuple(fc.constantFrom(...RIS_TAGS), fc.constantFrom('  - ', ' - ', '  -', '-'), cell),
    { maxLength: 40 },
  )
  .chain((lines) => fc.record({ lines: fc.constant(lines), newline: fc.constantFrom('\r\n', '\n'), first: fc.constantFrom('TY  - RPRT', 'TY  - JOUR', 'TY  - ', 'TY  - ???') }))
  .map(({ lines, newline, first }) => new Uint8Array(Buffer.from([first, ...lines.map(([tag, sep, value]) => `${tag}${sep}${value}`), 'ER  - '].join(newline))));

const CSL_SAMPLE = [
  {
    id: 'vries2024',
    type: 'report',
    title: 'Feedback in de beroepspraktijk',
    author: [{ family: 'Vries', given: 'Sanne', 'non-dropping-particle': 'de' }, { literal: 'ROC Rijnland' }],
    issued: { 'date-parts': [[2024, 3, 1]] },
    abstract: 'Korte feedbackmomenten werken.',
    keyword: 'feedback, stage',
    publisher: 'ROC Rijnland',
    URL: 'https://www.rijnland.nl/onderzoek',
    DOI: '10.1234/mbo.2024.7',
    note: 'Onderzoeksvraag: wat werkt?',
  },
];
const cslPool = [...HOSTILE_STRINGS, 'Vries', 'de', 2024, [[2024]], { 'date-parts': [['x']] }, { raw: '2024' }];
const cslFile = fc
  .oneof(
    { weight: 3, arbitrary: nearValid(CSL_SAMPLE, cslPool).map((v) => JSON.stringify(v) ?? '') },
    { weight: 1, arbitrary: hostileJson.map((v) => JSON.stringify(v) ?? '') },
    { weight: 1, arbitrary: fc.constantFrom('[', '{"items":[]}', '[{"__proto__":{"polluted":1},"title":"x","type":"report"}]', `${'['.repeat(10_000)}${']'.repeat(10_000)}`) },
  )
  .map((text) => new Uint8Array(Buffer.from(text)));

const options = { members: [{ id: '0190a0a0-0000-7000-8000-000000000001', name: 'Sanne de Vries' }], importerId: '0190a0a0-0000-7000-8000-000000000002', fallbackYear: 2026 };

describe('the CSV, RIS and CSL-JSON readers under fuzzing', () => {
  it(`read ${CSV_RUNS} member spreadsheets into valid profiles or a coded problem`, () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: csvFile }, { weight: 1, arbitrary: anyBytes }), (bytes) =>
        expectReadOrRefused(importMembersCsv(bytes), (v) => v.members.map((m) => m.fields), MemberFields),
      ),
      { numRuns: CSV_RUNS },
    );
  }, FUZZ_TIMEOUT);

  it(`read ${CSV_RUNS} attendee lists into valid attendees or a coded problem`, () => {
    const fields = Attendee.pick({ name: true, email: true, status: true });
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: csvFile }, { weight: 1, arbitrary: anyBytes }), (bytes) =>
        expectReadOrRefused(importAttendeesCsv(bytes), (v) => v.attendees.map((a) => a.fields), fields),
      ),
      { numRuns: CSV_RUNS },
    );
  }, FUZZ_TIMEOUT);

  it(`read ${RIS_RUNS} RIS files into valid draft results or a coded problem`, () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: risFile }, { weight: 1, arbitrary: anyBytes }), (bytes) =>
        expectReadOrRefused(importCitations(bytes, options), (v) => v.drafts.map((d) => d.fields), ResearchFields),
      ),
      { numRuns: RIS_RUNS },
    );
  }, FUZZ_TIMEOUT);

  it(`read ${CSL_RUNS} CSL-JSON files into valid draft results or a coded problem`, () => {
    fc.assert(
      fc.property(cslFile, (bytes) => expectReadOrRefused(importCitations(bytes, options), (v) => v.drafts.map((d) => d.fields), ResearchFields)),
      { numRuns: CSL_RUNS },
    );
  }, FUZZ_TIMEOUT);
});

describe('importing spreadsheets and reference files through the app under fuzzing', () => {
  let work: string;
  let app: AppContext;
  let handlers: Handlers;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'mnw-fuzz-formats-'));
    app = await openApp({ dataDir: path.join(work, 'data') });
    handlers = createHandlers(app);
    const me = await dispatch(handlers, 'members:save', { fields: profile('Sanne de Vries', { email: 'sanne@rijnland.nl' }) });
    if (!me.ok) throw new Error(me.error.message);
    await dispatch(handlers, 'settings:update', { meId: (me.value as { id: string }).id });
  });

  afterAll(async () => {
    await app?.close();
    await rm(work, { recursive: true, force: true });
  });

  /** A file refused whole writes nothing; an accepted one leaves only valid records. */
  async function importThrough(channel: 'memberCsv:import' | 'research:import', bytes: Uint8Array) {
    const before = await hashDir(app.dataDir);
    const dataBase64 = Buffer.from(bytes).toString('base64');
    const input = channel === 'memberCsv:import' ? { file: { fileName: 'lijst.csv', dataBase64 } } : { fileName: 'zotero.ris', dataBase64 };
    const result = await dispatch(handlers, channel, input);
    const refusedWhole = result.ok ? (result.value as { preview?: { ok: boolean } }).preview?.ok === false : true;
    if (!result.ok) expect(result.error.code, result.error.message).not.toBe('internal');
    if (refusedWhole) expect(await hashDir(app.dataDir)).toEqual(before);
    expectUnpolluted();
  }

  it(`refuses or imports ${SERVICE_RUNS} member spreadsheets, writing nothing for a refused one`, async () => {
    // A fixed seed: random spreadsheets sometimes hold no valid row at all, and the last test below needs some imported.
    await fc.assert(fc.asyncProperty(fc.oneof(csvFile, anyBytes), (bytes) => importThrough('memberCsv:import', bytes)), { numRuns: SERVICE_RUNS, seed: 20_261_123 });
  }, FUZZ_TIMEOUT);

  it(`refuses or imports ${SERVICE_RUNS} reference files, writing nothing for a refused one`, async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(risFile, cslFile, anyBytes), (bytes) => importThrough('research:import', bytes)), { numRuns: SERVICE_RUNS });
  }, FUZZ_TIMEOUT);

  it('leaves only valid records behind and no prototype or global changed', () => {
    for (const type of COLLECTION_NAMES) {
      for (const record of app.repos[type].listAll()) expect(COLLECTIONS[type].record.safeParse(record).success, `${type} ${record.id}`).toBe(true);
    }
    expect(app.repos.members.count()).toBeGreaterThan(1);
    expectNoPoisoning();
  });
});
