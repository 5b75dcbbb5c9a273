import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../shared/contract';
import { MemberFields, ResearchFields, emptyMemberFields } from '../../shared/domain';
import { openApp } from '../../main/core/app';
import type { Platform } from '../../main/core/platform';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, base64, call, failure, officeBytes, pdfBytes, pngBytes, researchFields } from './researchFixtures';

const tempDir = useTempDirs('mnw-research-');
const attachmentFiles = (dataDir: string) => (existsSync(path.join(dataDir, 'attachments')) ? readdirSync(path.join(dataDir, 'attachments')) : []);

describe('research results', () => {
  it('publishes a result with a co-author and an attachment, edits it, and keeps both after a restart', async () => {
    const dataDir = await tempDir();
    let app = await openApp({ dataDir });
    const hélène = await addMember(app, "Hélène 't Hart");
    const jan = await addMember(app, 'Jan van der Berg');
    const pdf = await call(app, 'attachments:add', { name: 'Rapport feedback.pdf', dataBase64: base64(pdfBytes(2048)) });
    expect(pdf).toMatchObject({ name: 'Rapport feedback.pdf', mediaType: 'application/pdf', size: 2048 });
    expect(attachmentFiles(dataDir)).toEqual([pdf.sha256]);

    const created = await call(app, 'research:save', { fields: researchFields([hélène.id, jan.id, hélène.id], { partnerIds: [jan.id], attachments: [pdf] }) });
    expect(created.authorIds).toEqual([hélène.id, jan.id]); // the double is dropped
    expect(created.partnerIds).toEqual([]); // an author is not also a partner
    const edited = await call(app, 'research:save', { id: created.id, fields: { ...researchFields([hélène.id, jan.id]), status: 'lopend', attachments: [pdf] } });
    expect(edited.fieldRevs.status! > created.fieldRevs.status!).toBe(true);
    expect(edited.fieldRevs.title).toBe(created.fieldRevs.title);
    await app.close();

    app = await openApp({ dataDir });
    const { research, people } = await call(app, 'research:get', { id: created.id });
    expect(research).toMatchObject({ status: 'lopend', attachments: [pdf] });
    expect(people.map((p) => p.name).sort()).toEqual(["Hélène 't Hart", 'Jan van der Berg']);
    const mine = await call(app, 'research:list', { memberId: jan.id });
    expect(mine.items.map((r) => r.id)).toEqual([created.id]);
    expect((await call(app, 'research:list', { memberId: (await addMember(app, 'Anna Zwart')).id })).total).toBe(0);
    await app.close();
  });

  it('refuses unknown co-authors and attachments that were never added, changing nothing', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const me = await addMember(app, 'Kees de Vries');
    const error = await failure(app, 'research:save', {
      fields: researchFields([me.id], {
        partnerIds: ['0190a0a0-0000-7000-8000-000000000000'],
        attachments: [{ sha256: 'a'.repeat(64), name: 'x.pdf', mediaType: 'application/pdf', size: 3 }],
      }),
    });
    expect(error.issues?.map((i) => [i.path, i.code])).toEqual([
      ['fields.partnerIds.0', 'unknown_member'],
      ['fields.attachments.0', 'missing_attachment'],
    ]);
    expect(app.repos.research.count()).toBe(0);
    expect((await failure(app, 'research:save', { fields: researchFields([]) })).issues?.[0]?.path).toBe('fields.authorIds');
    const badLink = await failure(app, 'research:save', { fields: researchFields([me.id], { links: ['https://www.mboraad.nl', 'javascript:alert(1)', 'http://onveilig.nl'] }) });
    expect(badLink.issues?.map((i) => [i.path, i.code])).toEqual([
      ['fields.links.1', 'invalid_link'],
      ['fields.links.2', 'invalid_link'],
    ]);
    expect(app.repos.research.count()).toBe(0);
    // DOIs in any spelling are kept in one form.
    const saved = await call(app, 'research:save', { fields: researchFields([me.id], { links: ['doi:10.1234/abc', 'https://dx.doi.org/10.1234/abc', '10.5555/x'] }) });
    expect(saved.links).toEqual(['https://doi.org/10.1234/abc', 'https://doi.org/10.5555/x']);
    await app.close();
  });

  it('reports a bad link, a short title and a far-future year in one pass, as the form checks them', () => {
    const nextYear = new Date().getFullYear() + 1;
    const fields = { ...researchFields(['0190a0a0-0000-7000-8000-000000000000'], { title: 'x', year: 2099, links: ['https://www.mboraad.nl', 'http://onveilig.nl'] }) };
    const parsed = ResearchFields.safeParse(fields);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.code === 'custom' ? i.message : i.code])).toEqual([
      ['title', 'too_small'],
      ['year', 'year_future'],
      ['links.1', 'invalid_link'],
    ]);
    expect(ResearchFields.safeParse({ ...fields, title: 'Goed', year: nextYear, links: ['10.1234/abc'] }).success).toBe(true);
    const degree = (year: number) => MemberFields.safeParse({ ...emptyMemberFields(), name: 'Kees', institution: 'ROC', masterDegree: { programme: 'MEd', institute: 'HAN', year } });
    expect(degree(2099).error?.issues.map((i) => i.message)).toEqual(['year_future']);
    expect(degree(nextYear).success).toBe(true);
  });

  it('lists drafts apart from published results', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const me = await addMember(app, 'Kees de Vries');
    await call(app, 'research:save', { fields: researchFields([me.id], { title: 'Gepubliceerd onderzoek', year: 2023 }) });
    await call(app, 'research:save', { fields: researchFields([me.id], { title: 'Nieuwer onderzoek', year: 2025 }) });
    await call(app, 'research:save', { fields: researchFields([me.id], { title: 'Een concept', draft: true }) });
    expect((await call(app, 'research:list', {})).items.map((r) => r.title)).toEqual(['Nieuwer onderzoek', 'Gepubliceerd onderzoek']);
    expect((await call(app, 'research:list', { drafts: 'only' })).items.map((r) => r.title)).toEqual(['Een concept']);
    expect((await call(app, 'research:list', { drafts: 'include' })).total).toBe(3);
    await app.close();
  });
});

describe('citation import', () => {
  const library = (ext: 'json' | 'ris') => readFile(path.join(import.meta.dirname, '../fixtures/formats', `zotero-library-19.${ext}`));

  it("keeps each reference's journal or book and its type, and takes the same library again in the other format as 19 duplicates", async () => {
    const dataDir = await tempDir();
    let app = await openApp({ dataDir });
    const me = await addMember(app, 'Sanne Bakker');
    await call(app, 'settings:update', { meId: me.id });
    const first = await call(app, 'research:import', { fileName: 'bibliotheek.json', dataBase64: base64(await library('json')) });
    expect(first).toMatchObject({ rejected: [] });
    expect(first.imported).toHaveLength(19);
    await app.close();

    app = await openApp({ dataDir });
    const stored = first.imported.map((id) => app.repos.research.get(id));
    expect(stored.filter((r) => r.publicationType).length).toBe(19);
    expect(stored.filter((r) => r.publication).length).toBe(17);
    expect(stored[6]).toMatchObject({ title: 'Intervisie als motor van teamleren', publication: 'Leren op de werkplek in het mbo', publicationType: 'chapter' });

    // The RIS export of the same library (Zotero's T2, EndNote's JF, an old JO and BT) finds every one already here.
    const again = await call(app, 'research:importPreview', { fileName: 'bibliotheek.ris', dataBase64: base64(await library('ris')) });
    expect(again.entries).toEqual([]);
    expect(again.rejected).toHaveLength(19);
    expect(again.rejected.filter((r) => /same DOI/.test(r.reason))).toHaveLength(5);
    expect(again.rejected.filter((r) => /same title, year and first author/.test(r.reason))).toHaveLength(14);
    await app.close();
  });

  it('saves, changes and clears the journal and type from the form; a result saved without them exports as before', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const me = await addMember(app, 'Kees de Vries');
    const plain = await call(app, 'research:save', { fields: researchFields([me.id]) });
    expect(plain).not.toHaveProperty('publication');
    expect((await call(app, 'research:cite', { format: 'ris', ids: [plain.id] })).text).toMatch(/^TY {2}- RPRT/);

    const typed = await call(app, 'research:save', { id: plain.id, fields: researchFields([me.id], { publication: 'Pedagogische Studiën', publicationType: 'article-journal' }) });
    const bibtex = (await call(app, 'research:cite', { format: 'bibtex', ids: [plain.id] })).text;
    expect(bibtex).toMatch(/^@article\{/);
    expect(bibtex).toContain('journal = {Pedagogische Studi{\\"e}n}');
    const cleared = await call(app, 'research:save', { id: plain.id, fields: researchFields([me.id], { publication: '', publicationType: null }) });
    expect(cleared).toMatchObject({ publication: '', publicationType: null });
    expect(cleared.fieldRevs.publicationType! > typed.fieldRevs.publicationType!).toBe(true);
    expect((await call(app, 'research:cite', { format: 'csl-json', ids: [plain.id] })).text).toContain('"type": "report"');
    const refused = await failure(app, 'research:save', { fields: researchFields([me.id], { publicationType: 'blog' as never }) });
    expect(refused.issues?.[0]?.path).toBe('fields.publicationType');
    await app.close();
  });
});

describe('attachments', () => {
  it('accepts PDF, Word, PowerPoint and images, and stores the same bytes once', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    const docx = await call(app, 'attachments:add', { name: 'Verslag.DOCX', dataBase64: base64(await officeBytes('word/document.xml')) });
    const pptx = await call(app, 'attachments:add', { name: 'Presentatie.pptx', dataBase64: base64(await officeBytes('ppt/presentation.xml')) });
    const png = await call(app, 'attachments:add', { name: 'poster.png', dataBase64: base64(pngBytes()) });
    const again = await call(app, 'attachments:add', { name: 'poster kopie.png', dataBase64: base64(pngBytes()) });
    expect([docx.mediaType, pptx.mediaType, png.mediaType]).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'image/png',
    ]);
    expect(again.sha256).toBe(png.sha256);
    expect(attachmentFiles(dataDir).sort()).toEqual([docx.sha256, pptx.sha256, png.sha256].sort());
    await app.close();
  });

  it('refuses files over 25 MB, of other types, or whose bytes are not what the name says — storing nothing', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    const codeOf = async (name: string, data: Buffer) => (await failure(app, 'attachments:add', { name, dataBase64: base64(data) })).issues?.[0]?.code;

    expect(await codeOf('groot.pdf', pdfBytes(MAX_ATTACHMENT_BYTES + 1))).toBe('too_large');
    expect(await codeOf('groter.pdf', pdfBytes(MAX_ATTACHMENT_BYTES + 3_000))).toBe('too_big'); // refused by the contract before decoding
    expect(await codeOf('leeg.pdf', Buffer.alloc(0))).toBe('empty');
    expect(await codeOf('setup.exe', Buffer.from('MZ\x90\x00'))).toBe('type_not_allowed');
    expect(await codeOf('pagina.html', Buffer.from('<script>alert(1)</script>'))).toBe('type_not_allowed');
    expect(await codeOf('rapport.pdf', Buffer.from('<html><script>alert(1)</script></html>'))).toBe('content_mismatch');
    expect(await codeOf('foto.jpg', pngBytes())).toBe('content_mismatch');
    expect(await codeOf('macro.docx', await officeBytes('word/document.xml', ['word/vbaProject.bin']))).toBe('content_mismatch');
    expect(await codeOf('dia.pptx', await officeBytes('word/document.xml'))).toBe('content_mismatch');
    expect(attachmentFiles(dataDir)).toEqual([]);

    // Exactly 25 MB is allowed.
    const limit = await call(app, 'attachments:add', { name: 'precies.pdf', dataBase64: base64(pdfBytes(MAX_ATTACHMENT_BYTES)) });
    expect(limit.size).toBe(MAX_ATTACHMENT_BYTES);
    await app.close();
  });

  it('opens an attachment through the platform under a safe name, and downloads its bytes where it cannot', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const me = await addMember(app, 'Kees de Vries');
    const bytes = pdfBytes(300);
    const pdf = await call(app, 'attachments:add', { name: 'Rapport.pdf', dataBase64: base64(bytes) });
    const png = await call(app, 'attachments:add', { name: 'poster.png', dataBase64: base64(pngBytes()) });
    const result = await call(app, 'research:save', { fields: researchFields([me.id], { attachments: [pdf, { ...png, name: 'poster.exe' }] }) });

    const opened: string[] = [];
    const platform: Platform = { openExternal: async () => false, openPath: async (file) => (opened.push(file), true) };
    expect(await call(app, 'attachments:open', { researchId: result.id, sha256: pdf.sha256 }, platform)).toEqual({ opened: true });
    expect(await call(app, 'attachments:open', { researchId: result.id, sha256: png.sha256 }, platform)).toEqual({ opened: true });
    expect(opened.map((f) => path.basename(f))).toEqual(['Rapport.pdf', 'poster.exe.png']);
    expect(await readFile(opened[0]!)).toEqual(bytes);

    // The preview host has no OS viewer: it says so, and the bytes come back for a download.
    expect(await call(app, 'attachments:open', { researchId: result.id, sha256: pdf.sha256 })).toEqual({ opened: false });
    const download = await call(app, 'attachments:download', { researchId: result.id, sha256: pdf.sha256 });
    expect(download).toMatchObject({ name: 'Rapport.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from(download.dataBase64, 'base64')).toEqual(bytes);

    // Only files a result lists can be read back.
    const other = await call(app, 'attachments:add', { name: 'los.png', dataBase64: base64(Buffer.concat([pngBytes(), Buffer.from('x')])) });
    expect((await failure(app, 'attachments:download', { researchId: result.id, sha256: other.sha256 })).code).toBe('not_found');
    await app.close();
  });
});
