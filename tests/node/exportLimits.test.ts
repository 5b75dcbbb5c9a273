import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import { BundleRefusal, exportBundle, importBundle, previewExport } from '../../main/core/bundle';
import { BUNDLE_LIMITS } from '../../main/core/bundle/limits';
import { ZipReader } from '../../main/core/bundle/zipReader';
import { seedDemo } from '../../main/core/demo/seedDemo';
import { bundleScript } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call, researchFields } from './researchFixtures';

const tempDir = useTempDirs('mnw-export-limits-');
let cli: string;
beforeAll(async () => {
  cli = await bundleScript(path.join(__dirname, '../../main/cli/index.ts'));
});

describe('export and import read the same limits', () => {
  /** A generated install of 10,000 members (25,405 records), shared by the two tests below. */
  let bigDir: string;
  beforeAll(async () => {
    bigDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mnw-export-limits-big-'));
    const app = await openApp({ dataDir: bigDir });
    await seedDemo(app.store, app.repos, 10_000);
    await app.close();
  }, 120_000);
  afterAll(() => fs.rm(bigDir, { recursive: true, force: true }));

  it('refuses up front to export all of a 10,000-member install, which an import would refuse; smaller scopes export and import', async () => {
    const big = await openApp({ dataDir: bigDir });
    const out = await tempDir();
    const file = path.join(out, 'alles.mnw');

    // The preview says so before anything is written…
    const preview = await previewExport(big, { kind: 'all' });
    expect(preview.overLimit).toMatchObject({ code: 'too_large_unpacked', limit: 'recordBytes', max: BUNDLE_LIMITS.recordBytes });
    expect(preview.overLimit!.actual).toBeGreaterThan(BUNDLE_LIMITS.recordBytes);
    // …and the export refuses with the importer's reason, leaving nothing behind.
    const refusal = await exportBundle(big, { kind: 'all' }, file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BundleRefusal);
    expect(refusal).toMatchObject({ code: 'too_large_unpacked', message: expect.stringMatching(/^The bundle would hold records over 32 MB \(\d+\.\d MB\), more than an import accepts; export one session or a selection instead\.$/) });
    expect(await fs.readdir(out)).toEqual([]);

    // Through the UI's channel: refused with the same reason, nothing to download.
    const fromUi = await call(big, 'exchange:export', { scope: { kind: 'all' } });
    expect(fromUi).toMatchObject({ status: 'refused', refusal: { code: 'too_large_unpacked' } });

    // One session of the same install is well within the limits and imports on a fresh install.
    const session = big.repos.sessions.list()[0]!;
    expect((await previewExport(big, { kind: 'session', id: session.id })).overLimit).toBeNull();
    const cafe = path.join(out, 'cafe.mnw');
    const exported = await exportBundle(big, { kind: 'session', id: session.id }, cafe);
    const fresh = await openApp({ dataDir: await tempDir() });
    expect(await importBundle(fresh, cafe)).toMatchObject({ added: exported.records, changed: exported.records });
    await Promise.all([big.close(), fresh.close()]);
  }, 120_000);

  it('on the command line: export --all of a 10,000-member install exits 4 with one English line and writes no file', async () => {
    const out = path.join(await tempDir(), 'alles.mnw');
    const exported = spawnSync(process.execPath, [cli, '--data', bigDir, 'export', '--all', '--out', out], { encoding: 'utf8' });
    expect(exported.status).toBe(4);
    expect(exported.stdout).toBe('');
    expect(exported.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Error: Refused: The bundle would hold records over 32 MB .*export one session or a selection instead\.$/)]);
    await expect(fs.stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 120_000);

  it('stores an attachment that deflates beyond the ratio an importer accepts, instead of writing a bundle it would refuse', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const author = await addMember(app, 'Sanne de Vries');
    // A 2 MB PDF that is mostly one repeated line (an uncompressed scan can be): deflate shrinks it far beyond 100:1.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('0 0 0 rg\n'.repeat(230_000)), Buffer.from('%%EOF\n')]);
    const added = await call(app, 'attachments:add', { name: 'scan.pdf', dataBase64: pdf.toString('base64') });
    const research = await call(app, 'research:save', {
      fields: researchFields([author.id], { attachments: [{ sha256: added.sha256, name: 'scan.pdf', mediaType: 'application/pdf', size: pdf.length }] }),
    });
    const file = path.join(await tempDir(), 'onderzoek.mnw');
    await exportBundle(app, { kind: 'selection', ids: [research.id] }, file);
    const zip = await ZipReader.open(file); // the importer's own structural checks
    expect(zip.names()).toContain(`attachments/${added.sha256}`);
    zip.close();
    const fresh = await openApp({ dataDir: await tempDir() });
    expect(await importBundle(fresh, file)).toMatchObject({ added: 2 });
    await Promise.all([app.close(), fresh.close()]);
  });
});
