import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { exportCitations, importCitations, type CitableResearch, type DraftOptions } from '../../main/core/formats';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/formats', name));
const bytes = (text: string) => new TextEncoder().encode(text);

const ids = {
  unal: '0190f1a2-0000-7000-8000-000000000001',
  berg: '0190f1a2-0000-7000-8000-000000000002',
  hart: '0190f1a2-0000-7000-8000-000000000003',
  elAmrani: '0190f1a2-0000-7000-8000-000000000004',
  importer: '0190f1a2-0000-7000-8000-000000000009',
};
const members = [
  { id: ids.unal, name: 'Mehmet Ünal' },
  { id: ids.berg, name: 'Jan van der Berg' },
  { id: ids.hart, name: "Hélène 't Hart" },
  { id: ids.elAmrani, name: 'Fatima El Amrani' },
  { id: ids.importer, name: 'Sanne de Vries' },
];
const nameOf = (id: string) => members.find((m) => m.id === id)?.name;
const options: DraftOptions = { members, importerId: ids.importer, fallbackYear: 2026 };

const finished: CitableResearch = {
  id: '0190f1a2-1111-7000-8000-000000000001',
  title: 'Coöperatie & feedback: 100% formatief {handelen}',
  question: 'Hoe geven docenten in de BOL feedback?',
  summary: 'Twee teams van ROC Rijnland werkten een jaar samen.\n\nDe **opbrengst**: een set feedbackkaarten.',
  method: 'Interviews en lesobservaties.\nDaarna een PLG-bijeenkomst.',
  findings: 'Studenten vragen vaker om feedback.',
  status: 'afgerond',
  area: 'vakinhoud',
  initiative: 'samen',
  institution: 'ROC Rijnland Vakcollege',
  year: 2024,
  tags: ['formatief handelen', 'feedback'],
  authorIds: [ids.berg, ids.unal],
  partnerIds: [ids.hart],
  links: ['https://doi.org/10.5555/mnw_2024.17', 'https://example.org/rapport_2024%20v2.pdf', 'https://example.org/kaarten'],
};
const ongoing: CitableResearch = {
  ...finished,
  id: '0190f1a2-1111-7000-8000-000000000002',
  title: 'Hélène en de marktplaats',
  summary: '',
  method: '',
  findings: '',
  status: 'lopend',
  area: 'beleid',
  initiative: 'organisatie',
  institution: '',
  tags: [],
  authorIds: [ids.hart],
  partnerIds: [],
  links: [],
};

/** Published in a journal and in a book: the kind and the container travel with the reference. */
const inJournal: CitableResearch = {
  ...finished,
  id: '0190f1a2-1111-7000-8000-000000000004',
  title: 'Feedback die landt',
  publication: 'Tijdschrift voor Lerarenopleiders',
  publicationType: 'article-journal',
  links: ['https://doi.org/10.5555/tvl.2024.3'],
};
const inBook: CitableResearch = {
  ...ongoing,
  id: '0190f1a2-1111-7000-8000-000000000005',
  title: 'Intervisie als motor van teamleren',
  publication: 'Leren op de werkplek in het mbo',
  publicationType: 'chapter',
};

/**
 * The fields an export carries and an import restores. A result without a
 * type or container goes out as a report (finished) or a document, and
 * comes back as one.
 */
const roundTripFields = ({ id: _id, ...fields }: CitableResearch) => ({
  ...fields,
  publication: fields.publication ?? '',
  publicationType: fields.publicationType ?? (fields.status === 'afgerond' ? 'report' : 'document'),
});

/** The 19 references of a teacher's library, in CSL-JSON as Zotero writes it: every one with a type, 17 with a journal, book, proceedings, series or site. */
const library = JSON.parse(fixture('zotero-library-19.json').toString('utf8')) as { type: string; 'container-title'?: string }[];

describe('citation export, checked with citation-js', () => {
  it('RIS: reference managers read title, authors, year, institution, DOI and keywords', () => {
    const [report, work] = new Cite(exportCitations('ris', [finished, ongoing], nameOf)).data;
    expect(report).toMatchObject({
      type: 'report',
      title: finished.title,
      author: [{ family: 'van der Berg', given: 'Jan' }, { family: 'Ünal', given: 'Mehmet' }],
      issued: { 'date-parts': [[2024]] },
      publisher: 'ROC Rijnland Vakcollege',
      DOI: '10.5555/mnw_2024.17',
    });
    // citation-js joins continuation lines with spaces; the words all arrive.
    expect(String(report!.abstract).replace(/\s+/g, ' ')).toBe(finished.summary.replace(/\s+/g, ' '));
    expect(String(report!.keyword)).toContain('formatief handelen');
    expect(work).toMatchObject({ title: 'Hélène en de marktplaats', author: [{ family: "'t Hart", given: 'Hélène' }] });
    expect(work!.type).not.toBe('report');
  });

  it('BibTeX: diacritics and special characters come back intact, keys are stable', () => {
    const bib = exportCitations('bibtex', [finished, ongoing], nameOf);
    expect(bib).toContain('{\\"U}nal');
    expect(bib).toContain("H{\\'e}l{\\`e}ne");
    expect(bib).toContain('Co{\\"o}peratie \\& feedback: 100\\% formatief \\{handelen\\}');
    const [report, work] = new Cite(bib).data;
    expect(report).toMatchObject({
      'citation-key': 'berg2024cooperatie',
      type: 'report',
      title: finished.title,
      author: [{ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' }, { family: 'Ünal', given: 'Mehmet' }],
      publisher: 'ROC Rijnland Vakcollege',
      DOI: '10.5555/mnw_2024.17',
      URL: 'https://example.org/rapport_2024%20v2.pdf',
    });
    expect(work).toMatchObject({ 'citation-key': 'hart2024helene', title: 'Hélène en de marktplaats' });
    expect((work!.author as { given: string }[])[0]!.given).toBe('Hélène');
    expect(exportCitations('bibtex', [finished, ongoing], nameOf)).toBe(bib);
  });

  it('BibTeX: results that would share a key get a and b in id order, whatever the export order', () => {
    const twin = { ...finished, id: '0190f1a2-1111-7000-8000-000000000003' };
    const keys = (items: CitableResearch[]) => new Cite(exportCitations('bibtex', items, nameOf)).data.map((d) => [d['citation-key'], d.title]);
    expect(keys([twin, finished])).toEqual([
      ['berg2024cooperatieb', finished.title],
      ['berg2024cooperatiea', finished.title],
    ]);
    expect(keys([finished, twin]).map(([key]) => key)).toEqual(['berg2024cooperatiea', 'berg2024cooperatieb']);
  });

  it('CSL-JSON: citeproc renders a bibliography with the Dutch names in place', () => {
    const csl = exportCitations('csl-json', [finished, ongoing], nameOf);
    const items = JSON.parse(csl) as Record<string, unknown>[];
    expect(items[0]).toMatchObject({ id: finished.id, type: 'report', DOI: '10.5555/mnw_2024.17', URL: 'https://example.org/rapport_2024%20v2.pdf' });
    const bibliography = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    expect(bibliography).toContain('van der Berg, J.');
    expect(bibliography).toContain('Ünal, M.');
    expect(bibliography).toMatch(/['’]t Hart, H\./);
    expect(bibliography).toContain('https://doi.org/10.5555/mnw_2024.17');
  });

  it('the 19 references of a Zotero library keep their kind and journal or book through import, export and citation-js', () => {
    const imported = importCitations(fixture('zotero-library-19.json'), options);
    if (!imported.ok) throw new Error(imported.error.message);
    const items: CitableResearch[] = imported.value.drafts.map((d, i) => ({ ...d.fields, id: `0190f1a2-2222-7000-8000-${String(i).padStart(12, '0')}` }));
    expect(items).toHaveLength(19);
    // What citation-js can read back from each format: BibTeX has one article type and no presentation; citation-js reads
    // RIS SLIDE (Zotero's presentation) as a film and keeps no T2 of a data set (Zotero reads both).
    const limits: Record<'ris' | 'bibtex' | 'csl-json', { type: Record<string, string>; containerLost: string[] }> = {
      ris: { type: { speech: 'motion_picture' }, containerLost: ['dataset'] },
      bibtex: { type: { 'article-magazine': 'article-journal', 'article-newspaper': 'article-journal', speech: 'document' }, containerLost: [] },
      'csl-json': { type: {}, containerLost: [] },
    };
    for (const [format, limit] of Object.entries(limits) as [keyof typeof limits, (typeof limits)[keyof typeof limits]][]) {
      const text = exportCitations(format, items, nameOf);
      const read = new Cite(format === 'csl-json' ? JSON.parse(text) : text).data;
      expect(read.map((d) => d.type), format).toEqual(library.map((source) => limit.type[source.type] ?? source.type));
      // A book's, report's or web page's RIS T2 is its series to citation-js: the words arrive all the same.
      const containers = read.map((d) => String(d['container-title'] ?? d['collection-title'] ?? ''));
      expect(containers, format).toEqual(library.map((source) => (limit.containerLost.includes(source.type) ? '' : (source['container-title'] ?? ''))));
    }
  });
});

describe('citation round trip', () => {
  for (const format of ['csl-json', 'ris'] as const) {
    it(`${format}: export and re-import gives the same fields, journal or book and publication type included`, () => {
      const items = [finished, ongoing, inJournal, inBook];
      const result = importCitations(bytes(exportCitations(format, items, nameOf)), options);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.format).toBe(format);
      expect(result.value.problems).toEqual([]);
      expect(result.value.drafts.map((d) => d.fields)).toEqual(items.map((r) => ({ ...roundTripFields(r), attachments: [], draft: true })));
      expect(result.value.drafts[2]!.fields).toMatchObject({ publication: 'Tijdschrift voor Lerarenopleiders', publicationType: 'article-journal' });
      expect(result.value.drafts.flatMap((d) => [...d.warnings, ...d.unmatchedAuthors])).toEqual([]);
    });
  }
});

describe('citation import from Zotero files', () => {
  it('RIS: keeps the good entries and names each bad one with a reason', () => {
    const result = importCitations(fixture('zotero-export.ris'), options);
    if (!result.ok) throw new Error(result.error.message);
    const { drafts, problems, total } = result.value;
    expect(total).toBe(5);
    expect(problems).toEqual([
      { entry: 2, reason: 'has no title' },
      { entry: 3, reason: 'is not closed with "ER  - " before the next entry starts' },
      { entry: 5, reason: 'is not closed with "ER  - " (the file may be cut off)' },
    ]);
    const [first, fourth] = drafts;
    expect(first!.entry).toBe(1);
    expect(first!.fields).toMatchObject({
      title: 'Formatief handelen in de beroepspraktijk',
      question: 'Hoe geven docenten feedback?',
      method: 'Interviews met 12 docenten.\nTwee teams & een PLG.',
      authorIds: [ids.unal, ids.berg],
      institution: 'ROC Rijnland',
      year: 2023,
      tags: ['feedback', 'formatief handelen'],
      links: ['https://doi.org/10.5555/mnw.2023.001', 'https://example.org/rapport_2023'],
      status: 'afgerond',
      draft: true,
    });
    // The author without a profile is kept where the teacher sees it.
    expect(first!.unmatchedAuthors).toEqual(['Pieter Jansen']);
    expect(first!.fields.summary).toBe('Een verkenning van feedback in de klas.\n\nAuteurs zonder profiel: Pieter Jansen');
    expect(fourth!.fields).toMatchObject({ title: 'Coöperatie in het mbo', authorIds: [ids.hart], summary: 'Eerste alinea.\n\nTweede alinea.' });
  });

  it('CSL-JSON: matches names, refuses __proto__ and wrong shapes per entry, defaults a missing year', () => {
    const result = importCitations(fixture('zotero-export.json'), options);
    if (!result.ok) throw new Error(result.error.message);
    const { drafts, problems } = result.value;
    expect(problems).toEqual([
      { entry: 2, reason: expect.stringMatching(/^author .*array/) },
      { entry: 3, reason: 'contains the forbidden key "__proto__"' },
    ]);
    expect(drafts.map((d) => d.entry)).toEqual([1, 4]);
    const [plg, noYear] = drafts;
    expect(plg!.fields).toMatchObject({
      title: 'Samen leren in de PLG',
      year: 2024,
      status: 'lopend',
      area: 'beleid',
      initiative: 'samen',
      authorIds: [ids.unal],
      partnerIds: [ids.berg, ids.elAmrani],
      tags: ['PLG', 'samenwerken'],
      links: ['https://doi.org/10.5555/plg.2024', 'https://example.org/plg'],
    });
    expect(plg!.unmatchedAuthors).toEqual(['Sanne Bakker']);
    expect(noYear!.fields).toMatchObject({ year: 2026, authorIds: [ids.importer] });
    expect(noYear!.fields.summary).toBe('Auteurs zonder profiel: Stichting Coöperatie mbo\n\nGelezen voor de studiedag.');
    expect(noYear!.warnings).toEqual(expect.arrayContaining(['no year; set to 2026', 'no author matches a profile; you are listed as the author']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  for (const file of ['zotero-library-19.json', 'zotero-library-19.ris']) {
    it(`${file}: 19 of 19 keep their publication type, and every journal, book, proceedings, series or site is kept`, () => {
      const result = importCitations(fixture(file), options);
      if (!result.ok) throw new Error(result.error.message);
      const { drafts, problems } = result.value;
      expect(problems).toEqual([]);
      expect(drafts.map((d) => d.fields.publicationType)).toEqual(library.map((source) => source.type));
      expect(drafts.map((d) => d.fields.publication)).toEqual(library.map((source) => source['container-title'] ?? ''));
      expect(drafts.filter((d) => d.fields.publication !== '')).toHaveLength(17);
      expect(drafts.flatMap((d) => d.warnings).filter((w) => /publication|journal/.test(w))).toEqual([]);
    });
  }

  it('reads a type it does not have as its nearest kin or as a document, and says so; a journal title that is too long is left out with a word', () => {
    const csl = importCitations(
      bytes(
        JSON.stringify([
          { type: 'post-weblog', title: 'Blog over intervisie' },
          { type: 'interview', title: 'Gesprek met een practor' },
          { title: 'Zonder type' },
          { type: 'report', title: 'Met lange reeks', 'container-title': 'Reeks '.repeat(40) },
          { type: 'report', title: 'Reeks als collectie', 'collection-title': 'Kohnstamm-rapporten' },
        ]),
      ),
      options,
    );
    if (!csl.ok) throw new Error(csl.error.message);
    expect(csl.value.drafts.map((d) => [d.fields.publicationType, d.fields.publication])).toEqual([
      ['webpage', ''],
      ['document', ''],
      [null, ''],
      ['report', ''],
      ['report', 'Kohnstamm-rapporten'],
    ]);
    expect(csl.value.drafts[1]!.warnings).toContain('publicationType "interview" is not known; set to document');
    expect(csl.value.drafts[3]!.warnings).toContain('journal/book title longer than 200 characters was left out');
    expect(csl.value.drafts[0]!.warnings.filter((w) => w.startsWith('publicationType'))).toEqual([]);

    const ris = importCitations(
      bytes(['TY  - CPAPER', 'TI  - Alleen C3', 'C3  - ORD 2024', 'ER  - ', 'TY  - ADVS', 'TI  - Een video', 'ER  - ', 'TY  - BOOK', 'BT  - Boektitel', 'ER  - ', ''].join('\r\n')),
      options,
    );
    if (!ris.ok) throw new Error(ris.error.message);
    expect(ris.value.drafts.map((d) => [d.fields.title, d.fields.publicationType, d.fields.publication])).toEqual([
      ['Alleen C3', 'paper-conference', 'ORD 2024'],
      ['Een video', 'document', ''],
      ['Boektitel', 'book', ''],
    ]);
    expect(ris.value.drafts[1]!.warnings).toContain('publicationType "ADVS" is not known; set to document');
  });

  it('refuses whole files that are empty, too large, or not RIS or CSL-JSON, with one clear message', () => {
    const refuse = (input: Uint8Array) => {
      const result = importCitations(input, options);
      return result.ok ? null : result.error;
    };
    expect(refuse(new Uint8Array())).toMatchObject({ code: 'empty' });
    expect(refuse(bytes('  \r\n '))).toMatchObject({ code: 'empty' });
    expect(refuse(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20))).toMatchObject({ code: 'too_large', message: expect.stringContaining('10 MB') });
    expect(refuse(bytes('Dit is een boodschappenlijst.\nmelk\n'))).toMatchObject({ code: 'unknown_format' });
    expect(refuse(bytes('@article{x, title={Y}}'))).toMatchObject({ code: 'unknown_format', message: expect.stringContaining('BibTeX') });
    expect(refuse(bytes('[{"title": "kapot"'))).toMatchObject({ code: 'invalid_json' });
    expect(refuse(bytes('[]'))).toMatchObject({ code: 'no_entries' });
    expect(refuse(fixture('zotero-export.ris').subarray(0, 0))).toMatchObject({ code: 'empty' });
    expect(refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ code: 'not_text' });
  });
});
