import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { base58 } from '@scure/base';
import { CompactSign, compactVerify, decodeProtectedHeader, generateKeyPair, importJWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../main/core/bundle';
import { FORMAT, FORMAT_VERSION, MANIFEST_NAME } from '../../main/core/bundle/limits';
import { readBundle } from '../../main/core/bundle/readBundle';
import { bundle, seedRecords } from '../fixtures/makeBadBundles';
import { bundleScript } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';
import { entryFields } from './learningFixtures';
import { call } from './researchFixtures';
import { colleagues, createSession, openAt } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-learning-cli-');
let cli: string;
beforeAll(async () => {
  cli = await bundleScript(path.join(__dirname, '../../main/cli/index.ts'));
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

/** A did:key resolved the long way round, without the app's code: multibase z, base58btc, multicodec 0xed01. */
function jwkOfDidKey(did: string) {
  expect(did).toMatch(/^did:key:z6Mk/);
  const bytes = base58.decode(did.slice('did:key:z'.length));
  expect([...bytes.subarray(0, 2)]).toEqual([0xed, 0x01]);
  return { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes.subarray(2)).toString('base64url') };
}

/** HR's install: a café where Ümit presented, and Sanne logging in aggregate. */
async function hrInstall() {
  const dataDir = await tempDir();
  const app = await openAt(dataDir, new Date());
  const [sanne, umit] = await colleagues(app, ['Sanne de Vries', 'Ümit Ünal']);
  const session = await createSession(app, { organiserIds: [sanne!.id] });
  await call(app, 'sessions:saveProgramme', {
    id: session.id,
    programme: [{ kind: 'presentatie', title: 'Feedback in de stage', minutes: 30, presenterIds: [umit!.id], researchIds: [], questionIds: [] }],
  });
  await call(app, 'learning:save', { fields: entryFields({ visibility: 'aggregaat' }) });
  await call(app, 'learning:save', { fields: entryFields({ title: 'Congres onderzoek', kind: 'congres', date: '2026-02-20' }) });
  await app.close();
  return { dataDir, sessionId: session.id, sanneId: sanne!.id, umitId: umit!.id };
}

describe('badges on the command line', () => {
  it('issues an Open Badges 3.0 credential that an independent JOSE library verifies; one changed byte fails', async () => {
    const { dataDir, sessionId, umitId } = await hrInstall();
    const out = path.join(await tempDir(), 'badge.jwt');
    const issued = run('--data', dataDir, '--json', 'badge', 'issue', '--session', sessionId, '--member', umitId, '--out', out);
    expect(issued.code, issued.stderr).toBe(0);
    const jws = (await fs.readFile(out, 'utf8')).trim();

    const header = decodeProtectedHeader(jws);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc' });
    const payload = JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8'));
    const key = await importJWK(jwkOfDidKey(payload.issuer.id), 'EdDSA');
    const verified = await compactVerify(jws, key, { algorithms: ['EdDSA'] });
    const credential = JSON.parse(new TextDecoder().decode(verified.payload));
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential['@context']).toContain('https://www.w3.org/ns/credentials/v2');
    expect(credential.credentialSubject).toMatchObject({ id: `urn:uuid:${umitId}`, type: ['AchievementSubject'], achievement: { type: ['Achievement'] } });
    expect(header.kid).toBe(`${payload.issuer.id}#${payload.issuer.id.slice('did:key:'.length)}`);

    // One byte of the payload changed: the library refuses it, and so does `badge verify`.
    const parts = jws.split('.');
    const middle = Math.floor(parts[1]!.length / 2);
    const flipped = parts[1]![middle] === 'A' ? 'B' : 'A';
    const tampered = [parts[0], parts[1]!.slice(0, middle) + flipped + parts[1]!.slice(middle + 1), parts[2]].join('.');
    await expect(compactVerify(tampered, key, { algorithms: ['EdDSA'] })).rejects.toThrow();
    const tamperedFile = path.join(await tempDir(), 'tampered.jwt');
    await fs.writeFile(tamperedFile, tampered);

    const good = run('--data', dataDir, '--json', 'badge', 'verify', out);
    expect(good.code).toBe(0);
    expect(good.json()).toMatchObject({ valid: true, issuer: payload.issuer.id, subject: `urn:uuid:${umitId}`, achievement: { name: 'Presentatie op netwerkcafé: Netwerkcafé Formatief handelen' } });
    const bad = run('--data', dataDir, '--json', 'badge', 'verify', tamperedFile);
    expect(bad.code).toBe(0);
    expect(bad.json()).toMatchObject({ valid: false, problem: 'bad_signature' });
    expect(bad.json().reason).toMatch(/signature does not match/);
  });

  it('says valid: false for a badge signed by an unknown key, a forged issuer, or garbage; a missing file is an error', async () => {
    const { dataDir, sessionId, umitId } = await hrInstall();
    const out = path.join(await tempDir(), 'badge.jwt');
    expect(run('--data', dataDir, 'badge', 'issue', '--session', sessionId, '--member', umitId, '--out', out).code).toBe(0);
    const genuine = (await fs.readFile(out, 'utf8')).trim();
    const payload = JSON.parse(Buffer.from(genuine.split('.')[1]!, 'base64url').toString('utf8'));

    // A stranger signs a perfectly good credential with their own key and did:key: correct, but unknown here.
    const stranger = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const { exportJWK } = await import('jose');
    const x = Buffer.from((await exportJWK(stranger.publicKey)).x!, 'base64url');
    const strangerDid = `did:key:z${base58.encode(Uint8Array.from([0xed, 0x01, ...x]))}`;
    const sign = (claims: object) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc' }).sign(stranger.privateKey);
    const files = {
      unknown: await sign({ ...payload, issuer: { ...payload.issuer, id: strangerDid } }),
      // Claims to be this install, signed by someone else.
      forged: await sign(payload),
      garbage: 'dit is geen badge',
    };
    const expected = { unknown: 'unknown_issuer', forged: 'bad_signature', garbage: 'malformed' };
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(await tempDir(), `${name}.jwt`);
      await fs.writeFile(file, text);
      const result = run('--data', dataDir, '--json', 'badge', 'verify', file);
      expect(result.code, name).toBe(0);
      expect(result.json(), name).toMatchObject({ valid: false, problem: expected[name as keyof typeof expected] });
    }
    const missing = run('--data', dataDir, '--json', 'badge', 'verify', path.join(dataDir, 'nergens.jwt'));
    expect(missing.code).toBe(1);
    expect(missing.json().error.code).toBe('not_found');
    // Only presenters get a badge for a café.
    const refused = run('--data', dataDir, 'badge', 'issue', '--session', sessionId, '--member', (await hrInstall()).sanneId, '--out', out);
    expect(refused.code).toBe(1);
  });
});

describe('learning on the command line', () => {
  it('lists entries with their kind code, writes the learner report as PDF and Markdown, and the team overview as JSON', async () => {
    const { dataDir, sanneId } = await hrInstall();
    const list = run('--data', dataDir, '--json', 'list', 'learning');
    expect(list.code).toBe(0);
    expect(list.json().map((e: { kind: string }) => e.kind).sort()).toEqual(['congres', 'interactie']);
    expect(run('--data', dataDir, '--json', 'list', 'pop').json()).toEqual([]);

    const pdf = path.join(await tempDir(), 'verslag.pdf');
    const made = run('--data', dataDir, '--json', 'learner-report', '--member', sanneId, '--from', '2026-01-01', '--to', '2026-12-31', '--out', pdf);
    expect(made.code, made.stderr).toBe(0);
    expect(made.json()).toMatchObject({ entries: 2, format: 'pdf' });
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Leerverslag Sanne de Vries');
    expect(text).toContain('2. Interactie, discussie, samenwerken en delen (informeel)');
    expect(text).toContain('10. Een congres bezoeken (formeel)');
    expect(text).toContain('Studenten willen eerder feedback.');

    const md = path.join(await tempDir(), 'verslag.md');
    expect(run('--data', dataDir, 'learner-report', '--member', sanneId, '--from', '2026-02-15', '--out', md, '--format', 'md').code).toBe(0);
    const markdown = await fs.readFile(md, 'utf8');
    expect(markdown).toContain('## 10. Een congres bezoeken (formeel)');
    expect(markdown).not.toContain('Gesprek met praktijkopleiders');

    const overview = run('--data', dataDir, '--json', 'team-overview');
    expect(overview.code).toBe(0);
    expect(overview.json().teams).toEqual([{ institution: expect.any(String), team: expect.any(String), suppressed: true }]);
    expect(run('--data', dataDir, 'team-overview', '--from', '2026-05-01', '--to', '2026-01-01').code).toBe(2);
    expect(run('--data', dataDir, 'team-overview', '--from', '1 maart').code).toBe(2);
    expect(run('--data', dataDir, 'learner-report', '--member', sanneId, '--out', md, '--format', 'docx').code).toBe(2);
  });
});

describe('bundle format version 2', () => {
  it('still reads a version 1 bundle, which has no learning collections, and refuses one that lists them', async () => {
    const v1 = (withLearning: boolean) =>
      bundle({
        manifest: (m) => {
          m.formatVersion = 1;
          const counts = m.counts as Record<string, number>;
          // Version 1 had none of version 2's collections (activities, learning, pop, badges).
          for (const c of withLearning ? ['activities'] : ['activities', 'learning', 'pop', 'badges']) delete counts[c];
          const entries = m.entries as Record<string, unknown>;
          for (const c of withLearning ? ['activities'] : ['activities', 'learning', 'pop', 'badges']) delete entries[`records/${c}.json`];
        },
        entries: (list) => list.filter((e) => !(withLearning ? /^records\/activities\.json$/ : /^records\/(activities|learning|pop|badges)\.json$/).test(String(e.name))),
      });
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'v1.mnw'), v1(false));
    const read = await readBundle(path.join(dir, 'v1.mnw'), { now: new Date() });
    expect(read.manifest.formatVersion).toBe(1);
    expect(read.records.members.length).toBe(seedRecords().members.length);
    expect(read.records.learning).toEqual([]);
    await fs.writeFile(path.join(dir, 'v1-learning.mnw'), v1(true));
    await expect(readBundle(path.join(dir, 'v1-learning.mnw'), { now: new Date() })).rejects.toMatchObject({ code: 'invalid_manifest' });

    // What this version writes.
    const app = await openAt(await tempDir(), new Date());
    await colleagues(app, ['Sanne de Vries']);
    const file = path.join(dir, 'v2.mnw');
    await exportBundle(app, { kind: 'all' }, file);
    const written = await readBundle(file, { now: new Date() });
    expect(written.manifest).toMatchObject({ format: FORMAT, formatVersion: FORMAT_VERSION, counts: { learning: 0, pop: 0, badges: 0 } });
    expect(FORMAT_VERSION).toBe(3);
    expect(MANIFEST_NAME).toBe('manifest.json');
    await app.close();
  });
});
