// Peak memory of the largest inputs each importer accepts, each imported in a
// fresh child process (bench/importMemory/child.ts), next to the baseline of a
// child that only opens and closes an empty data directory, in the same run.
// The budget is 500 MB per process (issue 6, "bounded resources").
// Run: node --import tsx bench/importMemory.ts [--quick]
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyMemberFields, MemberFields, type CollectionName } from '../shared/domain';
import { HybridClock } from '../shared/hlc';
import { BUNDLE_LIMITS } from '../main/core/bundle/limits';
import { MAX_IMPORT_BYTES } from '../main/core/formats';
import { MAX_CSV_ROWS } from '../main/core/formats/csv/table';
import { createRecord } from '../main/core/records';
import { bundle } from '../tests/fixtures/makeBadBundles';
import { machine, round } from './lib';

const QUICK = process.argv.includes('--quick');
/** The quick run builds inputs a quarter of the limits, to check the bench itself. */
const SCALE = QUICK ? 0.25 : 1;
const BUDGET_MB = 500;
const here = path.dirname(fileURLToPath(import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'mnw-bench-memory-'));

// ---- inputs ------------------------------------------------------------------

/** A deterministic stream of Dutch-looking words: compresses like real text (about 4:1), not like zeros. */
let seed = 42;
const WORDS = 'feedback stage docent student onderzoek formatief handelen beroepspraktijk team opleiding begeleiding rubric gesprek lesobservatie reflectie leerdoel zorg techniek economie mbo instelling netwerk collega vraag antwoord praktijk'.split(' ');
const word = () => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return WORDS[seed % WORDS.length]! + (seed % 7 === 0 ? `${seed % 1000}` : '');
};
const words = (chars: number) => {
  let text = '';
  while (text.length < chars) text += `${word()} `;
  return text.slice(0, chars).trim();
};

const INSTALL = '0123456789abcdef';
const ctx = { clock: new HybridClock(INSTALL), installId: INSTALL, now: () => new Date(Date.UTC(2025, 0, 1)) };
const uuid = (n: number) => `01940000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
type Raw = Record<string, unknown>;
const make = (id: number, fields: Raw): Raw => createRecord(ctx, fields, { id: uuid(id) }) as unknown as Raw;

/** Records of one collection until their JSON is `bytes` long. */
function fill(bytes: number, next: (n: number) => Raw): Raw[] {
  const out: Raw[] = [];
  let size = 2;
  while (size < bytes) {
    const record = next(out.length);
    size += JSON.stringify(record).length + 1;
    out.push(record);
  }
  out.pop();
  return out;
}

/**
 * The most a bundle may carry: record files up to the records limit (a
 * quarter each for profiles, results, questions and sessions), and PDF
 * attachments of random bytes (they do not compress) up to `attachmentBytes`.
 */
function largestBundle(attachmentBytes: number): Buffer {
  const entry = Math.floor((BUNDLE_LIMITS.recordBytes / 4) * 0.97 * SCALE);
  let id = 0;
  const members = fill(entry, (n) =>
    make(++id, MemberFields.parse({ ...emptyMemberFields(), name: `Collega ${n} ${word()}`, email: `collega${n}@rijnland.example.nl`, institution: 'ROC Rijnland', team: words(30), function: 'Docent', expertise: [word(), word()], offers: [word()], wants: [word()], bio: words(400) })),
  );
  const authorIds = [members[0]!.id as string];
  const files = new Map<string, Buffer>();
  for (let left = Math.floor(attachmentBytes * SCALE); left > 1024; left -= BUNDLE_LIMITS.entryBytes * 0.95) {
    const data = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(Math.min(left, Math.floor(BUNDLE_LIMITS.entryBytes * 0.95)) - 9)]);
    files.set(createHash('sha256').update(data).digest('hex'), data);
  }
  const attachments = [...files].map(([sha256, data], i) => ({ sha256, name: `bijlage-${i}.pdf`, mediaType: 'application/pdf', size: data.length }));
  const research = fill(entry, (n) =>
    make(++id, { title: words(80), question: words(1_000), summary: words(6_000), method: words(3_000), findings: words(6_000), status: 'afgerond', area: 'onderzoek', initiative: 'samen', institution: 'ROC Rijnland', year: 2024, tags: [word()], authorIds, partnerIds: [], links: [], attachments: n === 0 ? attachments : [], draft: false }),
  );
  const questions = fill(entry, () =>
    make(++id, {
      title: words(80),
      body: words(2_000),
      tags: [word()],
      area: null,
      authorId: authorIds[0],
      status: 'open',
      answers: Array.from({ length: 20 }, () => ({ id: uuid(++id), authorId: authorIds[0], body: words(500), createdAt: '2025-01-01T00:00:00.000Z' })),
      acceptedAnswerId: null,
    }),
  );
  const sessions = fill(entry, () =>
    make(++id, { title: words(60), theme: words(40), start: '2025-03-14T15:30', minutes: 120, location: words(40), onlineLink: '', organiserIds: authorIds, plgId: null, description: words(5_000), preparation: words(3_000), capacity: null, programme: [], attendees: [], notes: words(5_000), outcomes: words(2_000), actions: [] }),
  );
  const records: Record<CollectionName, Raw[]> = { members, research, questions, sessions, plgs: [] };
  return bundle({ records, attachments: Object.fromEntries([...files].map(([sha, data]) => [`attachments/${sha}`, data])) });
}

const under = (limit: number) => Math.floor(limit * 0.99 * SCALE);

/** As many rows as a spreadsheet may have, each with long cells: the most profiles one import can add. */
function largestMembersCsv(): Buffer {
  const lines = ['Naam;E-mail;Instelling;Team;Expertise'];
  const rows = Math.floor(MAX_CSV_ROWS * SCALE);
  for (let n = 0; n < rows; n++) {
    const tags = Array.from({ length: 10 }, () => words(55)).join(', ');
    lines.push(`Collega ${n} ${words(40)};collega${n}@rijnland.example.nl;ROC Rijnland;${words(190)};${tags}`);
  }
  return Buffer.from(lines.join('\r\n'));
}

function largestRis(): Buffer {
  const entries: string[] = [];
  let size = 0;
  while (size < under(MAX_IMPORT_BYTES)) {
    const entry = ['TY  - RPRT', `TI  - ${words(100)}`, `AU  - ${word()}, ${word()}`, 'PY  - 2024', `AB  - ${words(600)}`, `KW  - ${word()}`, 'ER  - '].join('\r\n');
    size += entry.length + 4;
    entries.push(entry);
  }
  return Buffer.from(entries.join('\r\n\r\n'));
}

function largestCslJson(): Buffer {
  const items: unknown[] = [];
  let size = 2;
  while (size < under(MAX_IMPORT_BYTES)) {
    const item = { id: `item${items.length}`, type: 'report', title: words(100), author: [{ family: word(), given: word() }], issued: { 'date-parts': [[2024]] }, abstract: words(600), keyword: word() };
    size += JSON.stringify(item).length + 1;
    items.push(item);
  }
  return Buffer.from(JSON.stringify(items));
}

// ---- runs ----------------------------------------------------------------------

interface Run {
  name: string;
  kind: string;
  file: string;
  bytes: number;
}

async function input(name: string, kind: string, ext: string, make: () => Buffer): Promise<Run> {
  const file = path.join(scratch, `${name}.${ext}`);
  await writeFile(file, make());
  return { name, kind, file, bytes: (await stat(file)).size };
}

function measure(run: Pick<Run, 'kind' | 'file'>, dataDir: string) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'importMemory', 'child.ts'), run.kind, run.file, dataDir], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${run.kind} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { outcome: string; peakRssMb: number; ms: number; blockedMs: number };
}

const UPLOAD_BYTES = 25 * 1024 * 1024;
const runs: Run[] = [
  // The CLI reads files up to 100 MB: records at their limit, attachments filling the rest.
  await input('largest-bundle', 'bundle', 'mnw', () => largestBundle(BUNDLE_LIMITS.unpackedBytes - BUNDLE_LIMITS.recordBytes - 1024 * 1024)),
  // The app's window hands over files up to 25 MB, as base64 over IPC.
  await input('largest-bundle-via-exchange', 'exchange', 'mnw', () => largestBundle(UPLOAD_BYTES - 9 * 1024 * 1024)),
  await input('largest-members-csv', 'members-csv', 'csv', largestMembersCsv),
  await input('largest-ris', 'citations', 'ris', largestRis),
  await input('largest-csl-json', 'citations', 'json', largestCslJson),
];

const baseline = measure({ kind: 'idle', file: '-' }, await mkdtemp(path.join(scratch, 'idle-')));
console.log(`baseline: a process that opens and closes an empty data directory peaks at ${baseline.peakRssMb} MB`);
const figures: Record<string, unknown> = { machine: machine(), quick: QUICK, budgetMb: BUDGET_MB, baselinePeakRssMb: baseline.peakRssMb };
let over = false;
for (const run of runs) {
  const result = measure(run, await mkdtemp(path.join(scratch, `${run.name}-`)));
  const within = result.peakRssMb < BUDGET_MB;
  over ||= !within;
  console.log(
    `${run.name.padEnd(28)} ${(run.bytes / 1024 / 1024).toFixed(1).padStart(5)} MB file → ${result.outcome}; peak ${result.peakRssMb} MB ` +
      `(${round(result.peakRssMb / baseline.peakRssMb)}× baseline) ${within ? 'within' : 'OVER'} the ${BUDGET_MB} MB budget; ${(result.ms / 1000).toFixed(1)} s, longest event-loop block ${Math.round(result.blockedMs)} ms`,
  );
  figures[run.name] = { fileMb: round(run.bytes / 1024 / 1024), ...result, ratioToBaseline: round(result.peakRssMb / baseline.peakRssMb), withinBudget: within };
}
await rm(scratch, { recursive: true, force: true });
console.log(JSON.stringify(figures));
process.exitCode = over ? 1 : 0;
