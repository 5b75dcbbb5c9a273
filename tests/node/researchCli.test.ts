import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Research } from '../../shared/domain';
import { openApp } from '../../main/core/app';
import { bundleScript } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call, researchFields } from './researchFixtures';

const tempDir = useTempDirs('mnw-research-cli-');
let cli: string;
beforeAll(async () => {
  cli = await bundleScript(path.join(__dirname, '../../main/cli/index.ts'));
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

const NAMES = ["Hélène 't Hart", 'Jan van der Berg', 'Ümit Ünal'];

/** A data directory with the three colleagues (new ids each time) and the first as "me". */
async function network() {
  const dataDir = await tempDir();
  const app = await openApp({ dataDir });
  const ids = [];
  for (const name of NAMES) ids.push((await addMember(app, name)).id);
  await call(app, 'settings:update', { meId: ids[0] });
  return { dataDir, app, ids: ids as [string, string, string] };
}

/** The fields a reference carries, with people as names so two data directories compare. */
async function comparable(dataDir: string, ids: string[]) {
  const app = await openApp({ dataDir, readOnly: true });
  const name = (id: string) => app.repos.members.get(id).name;
  const items = ids.map((id) => app.repos.research.get(id)).sort((a, b) => a.title.localeCompare(b.title));
  await app.close();
  return items.map(({ id: _id, rev: _rev, fieldRevs: _f, origin: _o, createdAt: _c, updatedAt: _u, deleted: _d, demo: _demo, draft: _draft, fieldBase: _b, authorIds, partnerIds, ...rest }: Research) => ({
    ...rest,
    authors: authorIds.map(name),
    partners: partnerIds.map(name),
  }));
}

describe('citations on the command line', () => {
  it('exports RIS, BibTeX and CSL-JSON that citation-js reads, and re-imports RIS and CSL-JSON with the same fields', async () => {
    const source = await network();
    const [hélène, jan, ümit] = source.ids;
    const finished = await call(source.app, 'research:save', {
      fields: researchFields([hélène, jan], {
        partnerIds: [ümit],
        question: 'Hoe geven docenten feedback tijdens de stage?',
        summary: 'Een onderzoek in **twee teams**.\n\nMet een tweede alinea.',
        links: ['https://doi.org/10.1234/mbo.2024.7', 'https://www.mboraad.nl/rapport'],
        publication: 'Tijdschrift voor Lerarenopleiders',
        publicationType: 'article-journal',
      }),
    });
    const ongoing = await call(source.app, 'research:save', {
      fields: researchFields([ümit], { title: 'Co-teaching in de bol', status: 'lopend', area: 'innovatie', initiative: 'organisatie', year: 2025, tags: ['co-teaching'], findings: '', links: [], publication: 'Kennisnet', publicationType: 'webpage' }),
    });
    await source.app.close();

    const files = Object.fromEntries(
      (['ris', 'bibtex', 'csl-json'] as const).map((format) => {
        const out = path.join(source.dataDir, `export.${format}`);
        const result = run('--data', source.dataDir, 'cite', '--format', format, '--out', out, '--json');
        expect(result.code, result.stderr).toBe(0);
        expect(result.json()).toMatchObject({ format, count: 2 });
        return [format, readFileSync(out, 'utf8')];
      }),
    );

    for (const format of ['ris', 'bibtex', 'csl-json']) {
      const parsed = new Cite(format === 'csl-json' ? JSON.parse(files[format]!) : files[format]).data;
      expect(parsed.map((d) => d.title).sort(), format).toEqual(['Co-teaching in de bol', finished.title]);
      const article = parsed.find((d) => d.title === finished.title)!;
      const authors = article.author as { family: string }[];
      expect(authors.map((a) => a.family).join('|'), format).toMatch(/Hart\|.*Berg/);
      expect(article, format).toMatchObject({ type: 'article-journal', 'container-title': 'Tijdschrift voor Lerarenopleiders' });
    }

    // One result only, by id.
    const single = path.join(source.dataDir, 'one.ris');
    expect(run('--data', source.dataDir, 'cite', '--format', 'ris', '--ids', ongoing.id, '--out', single, '--json').json()).toMatchObject({ count: 1 });
    expect(new Cite(readFileSync(single, 'utf8')).data).toHaveLength(1);

    const expected = await comparable(source.dataDir, [finished.id, ongoing.id]);
    for (const format of ['csl-json', 'ris'] as const) {
      const target = await network();
      await target.app.close();
      const file = path.join(source.dataDir, `export.${format}`);
      const dry = run('--data', target.dataDir, 'import-citations', file, '--dry-run', '--json');
      expect(dry.json()).toMatchObject({ dryRun: true, imported: 0, wouldImport: 2, rejected: 0 });
      const imported = run('--data', target.dataDir, 'import-citations', file, '--json');
      expect(imported.code, imported.stderr).toBe(0);
      const report = imported.json();
      expect(report).toMatchObject({ format, imported: 2, rejected: 0 });
      expect(await comparable(target.dataDir, report.ids), format).toEqual(expected);
      const list = run('--data', target.dataDir, 'list', 'research', '--json').json() as Research[];
      expect(list.every((r) => r.draft), 'imports are drafts').toBe(true);
      const shown = run('--data', target.dataDir, 'show', report.ids[0], '--json').json();
      expect(shown).toMatchObject({ type: 'research', draft: true, status: expect.any(String), links: expect.any(Array) });
    }
  });

  it('skips a malformed entry with its reason and keeps the rest; a bad file exits non-zero and changes nothing', async () => {
    const target = await network();
    await target.app.close();
    const ris = path.join(target.dataDir, 'mixed.ris');
    writeFileSync(ris, ['TY  - RPRT', 'TI  - Goed onderzoek', 'AU  - Hart, Hélène \'t', 'PY  - 2023', 'ER  - ', '', 'TY  - RPRT', 'AU  - Zonder Titel', 'PY  - 2022', 'ER  - ', ''].join('\r\n'));
    const mixed = run('--data', target.dataDir, 'import-citations', ris, '--json');
    expect(mixed.code, mixed.stderr).toBe(0);
    expect(mixed.json()).toMatchObject({ imported: 1, rejected: 1, problems: [{ entry: 2, reason: expect.stringMatching(/title/) }] });

    const count = () => (run('--data', target.dataDir, 'list', 'research', '--json').json() as unknown[]).length;
    expect(count()).toBe(1);
    // The same file again creates no second draft: the entry is reported as a duplicate (same title, year and first author).
    const again = run('--data', target.dataDir, 'import-citations', ris, '--json');
    expect(again.json()).toMatchObject({ imported: 0, rejected: 2, problems: [{ entry: 1, reason: 'is already in Masternetwerk as "Goed onderzoek" (same title, year and first author)' }, { entry: 2 }] });
    expect(count()).toBe(1);
    // A DOI already stored marks a duplicate whatever the title says.
    const doi = path.join(target.dataDir, 'doi.ris');
    writeFileSync(doi, ['TY  - JOUR', 'TI  - Eerste versie', 'PY  - 2021', 'DO  - 10.1234/Dubbel', 'ER  - ', '', 'TY  - JOUR', 'TI  - Tweede titel', 'PY  - 2024', 'DO  - https://doi.org/10.1234/dubbel', 'ER  - ', ''].join('\r\n'));
    expect(run('--data', target.dataDir, 'import-citations', doi, '--json').json()).toMatchObject({ imported: 1, rejected: 1, problems: [{ entry: 2, reason: expect.stringMatching(/same DOI 10\.1234\/dubbel/) }] });
    expect(count()).toBe(2);
    const bad = path.join(target.dataDir, 'kapot.json');
    writeFileSync(bad, '[{"title": "half');
    const refused = run('--data', target.dataDir, 'import-citations', bad, '--json');
    expect(refused.code).not.toBe(0);
    expect(refused.json().error.code).toBe('invalid_json');
    const bib = path.join(target.dataDir, 'lijst.bib');
    writeFileSync(bib, '@article{x, title={Iets}}');
    expect(run('--data', target.dataDir, 'import-citations', bib).stderr).toMatch(/BibTeX/);
    expect(run('--data', target.dataDir, 'import-citations', path.join(target.dataDir, 'bestaat-niet.ris')).code).not.toBe(0);
    expect(count()).toBe(2);
  });
});
