import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS } from '../../shared/domain';
import { openApp, type AppContext } from '../../main/core/app';
import { BundleRefusal, importBundle, undoLastImport } from '../../main/core/bundle';
import { bundle, FIXTURE_DIR, seedRecords, SEED_FILE } from '../fixtures/makeBadBundles';
import { hashDir, sharedState } from './helpers/bundles';
import { expectNoPoisoning, expectUnpolluted, FUZZ_TIMEOUT, HOSTILE_STRINGS, hostileJson, nearValid, runs } from './helpers/fuzz';

/**
 * The bundle importer (main/core/bundle) against files built to break it:
 * random bytes, a valid bundle with bytes flipped, cut or repeated, and
 * well-formed, correctly signed bundles whose records, manifest or entry
 * text are near-valid mutations. Every file is either imported (and then
 * undone exactly) or refused with a reason code; a refused file leaves the
 * data directory byte for byte as it was, and nothing reaches a prototype.
 */

const RANDOM_RUNS = runs(300);
const FLIPPED_RUNS = runs(500);
const RECORD_RUNS = runs(600);
const MANIFEST_RUNS = runs(200);
const TEXT_RUNS = runs(200);

let work: string;
let app: AppContext;
let seed: Buffer;
let candidate: string;
const outcomes = { refused: new Map<string, number>(), imported: 0 };

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'mnw-fuzz-bundle-'));
  app = await openApp({ dataDir: path.join(work, 'data') });
  // An install that has the seed network and trusts its key, so mutated copies reach the merge.
  await importBundle(app, path.join(FIXTURE_DIR, SEED_FILE), { acceptKey: true });
  seed = readFileSync(path.join(FIXTURE_DIR, SEED_FILE));
  candidate = path.join(work, 'candidate.mnw');
});

afterAll(async () => {
  const refused = [...outcomes.refused].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
  console.log(`Bundle fuzzing: ${outcomes.imported} imported and undone; refused: ${refused.join(', ')}`);
  await app?.close();
  await rm(work, { recursive: true, force: true });
});

/** Imports the bytes: either they are refused with a code and nothing changed, or imported and undone exactly. */
async function importOrRefuse(bytes: Uint8Array): Promise<void> {
  await fs.writeFile(candidate, bytes);
  const files = await hashDir(app.dataDir);
  const state = sharedState(app);
  try {
    const summary = await importBundle(app, candidate);
    outcomes.imported++;
    for (const type of COLLECTION_NAMES) {
      for (const record of app.repos[type].listAll()) expect(COLLECTIONS[type].record.safeParse(record).success, `${type} ${record.id}`).toBe(true);
    }
    if (summary.undoable) await undoLastImport(app);
    expect(sharedState(app)).toBe(state);
  } catch (error) {
    if (!(error instanceof BundleRefusal)) throw new Error(`crashed instead of refusing: ${error instanceof Error ? error.stack : String(error)}`);
    outcomes.refused.set(error.code, (outcomes.refused.get(error.code) ?? 0) + 1);
    expect(await hashDir(app.dataDir)).toEqual(files);
  }
  expectUnpolluted();
}

/** Byte-level damage to a valid bundle: flips, cuts, repeats and inserts. */
const damaged = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((changes) => {
    let bytes = Buffer.from(seed);
    for (const change of changes) {
      const at = change.at % Math.max(1, bytes.length);
      if (change.kind === 'flip') bytes[at] = change.byte;
      else if (change.kind === 'cut') bytes = bytes.subarray(0, at);
      else if (change.kind === 'repeat') bytes = Buffer.concat([bytes.subarray(0, at + change.length), bytes.subarray(at)]);
      else bytes = Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
    }
    return bytes;
  });

const records = seedRecords();

/** A signed bundle whose record files hold whatever the mutation left, with matching counts and hashes. */
function withRecords(changed: unknown): Buffer {
  const table = (changed && typeof changed === 'object' ? changed : {}) as Record<string, unknown>;
  const text = (collection: string) => Buffer.from(JSON.stringify(table[collection]) ?? '', 'utf8');
  return bundle({
    contents: Object.fromEntries(COLLECTION_NAMES.map((c) => [`records/${c}.json`, text(c)])),
    manifest: (m) => void (m.counts = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, Array.isArray(table[c]) ? (table[c] as unknown[]).length : 0]))),
  });
}
const pool = [...HOSTILE_STRINGS, ...JSON.stringify(records).match(/"[^"]*"/g)!.map((s) => JSON.parse(s) as string)];

describe('the bundle importer under fuzzing', () => {
  it(`refuses ${RANDOM_RUNS} random files, zip-looking or not, with a code`, async () => {
    const zipLike = fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.concat([Buffer.from('PK\x03\x04'), b]));
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2_000 }), zipLike), importOrRefuse), { numRuns: RANDOM_RUNS });
  }, FUZZ_TIMEOUT);

  it(`imports or refuses ${FLIPPED_RUNS} valid bundles with damaged bytes`, async () => {
    await fc.assert(fc.asyncProperty(damaged, importOrRefuse), { numRuns: FLIPPED_RUNS });
  }, FUZZ_TIMEOUT);

  it(`imports or refuses ${RECORD_RUNS} correctly signed bundles with near-valid records`, async () => {
    await fc.assert(fc.asyncProperty(nearValid(records, pool), (changed) => importOrRefuse(withRecords(changed))), { numRuns: RECORD_RUNS });
  }, FUZZ_TIMEOUT);

  it(`imports or refuses ${MANIFEST_RUNS} correctly signed bundles with a near-valid manifest`, async () => {
    await fc.assert(
      fc.asyncProperty(nearValid({ scope: { kind: 'all' }, exporter: { installId: 'a1b2c3d4e5f60718', memberId: null }, formatVersion: 1 }, pool), (change) =>
        importOrRefuse(bundle({ manifest: (m) => Object.assign(m, change && typeof change === 'object' ? change : { scope: change }) })),
      ),
      { numRuns: MANIFEST_RUNS },
    );
  }, FUZZ_TIMEOUT);

  it(`imports or refuses ${TEXT_RUNS} correctly signed bundles whose record files hold arbitrary text`, async () => {
    const text = fc.oneof(
      hostileJson.map((v) => JSON.stringify(v) ?? ''),
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.constantFrom('[{"__proto__":{"polluted":1}}]', `[${'['.repeat(5_000)}`, '\uFEFF[]', '[] trailing', '[1e99999]'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COLLECTION_NAMES), text, (collection, body) =>
        importOrRefuse(bundle({ contents: { [`records/${collection}.json`]: Buffer.from(body, 'utf8') } })),
      ),
      { numRuns: TEXT_RUNS },
    );
  }, FUZZ_TIMEOUT);

  it('leaves no prototype or global changed', () => {
    expectNoPoisoning();
  });
});
