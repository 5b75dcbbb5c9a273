import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BASE64, MAX_BUNDLE_BASE64, MAX_CITATION_FILE_BASE64, MAX_CSV_BASE64, type Channel, type Handlers } from '../../shared/contract';
import { openApp } from '../../main/core/app';
import { BundleRefusal, importBundle } from '../../main/core/bundle';
import { BUNDLE_LIMITS } from '../../main/core/bundle/limits';
import { dispatch } from '../../main/core/dispatch';
import { importAttendeesCsv, importMembersCsv, MAX_IMPORT_BYTES } from '../../main/core/formats';
import { MAX_CSV_ROWS } from '../../main/core/formats/csv/table';
import { createHandlers } from '../../main/core/handlers';
import { bundle } from '../fixtures/makeBadBundles';
import { hashDir } from './helpers/bundles';
import { useTempDirs } from './helpers/tempDirs';

/**
 * The size limits that keep every import under 500 MB (figures in
 * docs/security.md, from bench/importMemory.ts): oversized input is refused
 * before it is read in full, and a refused file changes nothing.
 */

const tempDir = useTempDirs('mnw-limits-');
const sheet = (rows: number) => Buffer.from(['Naam;E-mail;Instelling', ...Array.from({ length: rows }, (_, i) => `Collega ${i};c${i}@rijnland.nl;ROC Rijnland`)].join('\n'));

describe('oversized input is refused early', () => {
  it(`reads a spreadsheet of ${MAX_CSV_ROWS} rows, and refuses one more row without reading the rest`, () => {
    const full = importMembersCsv(sheet(MAX_CSV_ROWS));
    expect(full.ok && full.value.members.length).toBe(MAX_CSV_ROWS);
    for (const read of [importMembersCsv, importAttendeesCsv]) {
      const over = read(sheet(MAX_CSV_ROWS + 1));
      expect(over).toMatchObject({ ok: false, error: { code: 'too_large' } });
    }
  });

  it('refuses a spreadsheet or reference file over 10 MB before decoding it', () => {
    expect(importMembersCsv(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('refuses a bundle whose record files together declare more than the records limit, and writes nothing', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    const half = BUNDLE_LIMITS.recordBytes / 2 + 1;
    // The central directory claims the sizes (within the 100:1 ratio): the check comes before anything is inflated.
    const file = path.join(await tempDir(), 'groot.mnw');
    await fs.writeFile(
      file,
      bundle({ entries: (entries) => entries.map((e) => (e.name === 'records/members.json' || e.name === 'records/research.json' ? { ...e, declaredSize: half, declaredCompressedSize: Math.ceil(half / 50) } : e)) }),
    );
    const before = await hashDir(dataDir);
    const refusal = await importBundle(app, file).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(BundleRefusal);
    expect(refusal).toMatchObject({ code: 'too_large_unpacked' });
    expect(await hashDir(dataDir)).toEqual(before);
    await app.close();
  });

  it('refuses files over the limit at the IPC boundary, before any handler decodes them', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const reached: string[] = [];
    const handlers = Object.fromEntries(
      Object.entries(createHandlers(app)).map(([channel, handler]) => [channel, (input: unknown) => (reached.push(channel), (handler as (i: unknown) => unknown)(input))]),
    ) as unknown as Handlers;
    const over = (limit: number) => 'A'.repeat(limit + 4);
    const calls: [Channel, unknown][] = [
      ['memberCsv:import', { file: { fileName: 'hr.csv', dataBase64: over(MAX_CSV_BASE64) } }],
      ['research:import', { fileName: 'zotero.ris', dataBase64: over(MAX_CITATION_FILE_BASE64) }],
      ['exchange:stage', { name: 'groot.mnw', dataBase64: over(MAX_BUNDLE_BASE64) }],
      ['attachments:add', { name: 'groot.pdf', dataBase64: over(MAX_ATTACHMENT_BASE64) }],
    ];
    for (const [channel, input] of calls) expect(await dispatch(handlers, channel, input), channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(reached).toEqual([]);
    await app.close();
  });
});
