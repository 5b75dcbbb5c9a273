import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, type AppContext } from '../../../main/core/app';
import { seededRandom } from '../../../main/core/demo/generateDemo';
import { syncPass } from '../../../main/core/sync';
import { sharedState } from './bundles';
import { profile, researchFields } from '../researchFixtures';

/**
 * Many installs sharing one plain folder, in one process: each its own data
 * directory (on tmpfs where there is one, with few store shards: cheap to
 * open), random edits, random sync delays, and what sync services do to files
 * injected on the way — half-written segments that complete later, conflict
 * copies, stray files. Runs until every install holds the same records.
 *
 * Every install is one colleague's ("me") and edits only what that colleague
 * owns (docs/security.md, "Ownership"): their own profile, and research they
 * wrote with the colleague next to them (both authors own it, so their
 * concurrent edits become conflicts). No edit may end as a suggestion.
 */

export interface SimulationOptions {
  schools: number;
  perSchool: number;
  editRounds: number;
  seed: number;
  /** Chance per install per round to sync at all (the rest are "delayed"). */
  syncChance?: number;
  editChance?: number;
  log?: (line: string) => void;
}

export interface SimulationResult {
  installs: number;
  rounds: number;
  segmentsRead: number;
  conflicts: number;
  /** Changes that became suggestions instead of being applied: none, as only owners edit. */
  suggestions: number;
  halfWritten: number;
  conflictCopies: number;
  skippedSeen: number;
  converged: boolean;
  /** A new install joining the converged folder: time of its first pass, and whether it then matches. */
  newcomerMs: number;
  newcomerMatches: boolean;
  folderBytes: number;
  folderBytesPerInstall: number;
  totalMs: number;
}

async function scratchDir(prefix: string): Promise<string> {
  const base = await fs
    .stat('/dev/shm')
    .then((s) => (s.isDirectory() ? '/dev/shm' : os.tmpdir()))
    .catch(() => os.tmpdir());
  return fs.mkdtemp(path.join(base, prefix));
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const stateHash = (app: AppContext) => createHash('sha256').update(sharedState(app)).digest('hex');
const TEAMS = ['Zorg en Welzijn', 'Techniek', 'Economie', 'ICT', 'Entree', 'Horeca', 'Bouw'];

export async function runSimulation(options: SimulationOptions): Promise<SimulationResult> {
  const started = performance.now();
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const log = options.log ?? (() => undefined);
  const root = await scratchDir('mnw-sim-');
  const folder = path.join(root, 'gedeeld');
  await fs.mkdir(folder);
  type Install = { app: AppContext; school: number; memberId: string; research: string[] };
  const installs: Install[] = [];
  const pairs: [Install, Install, string][] = [];
  const result: SimulationResult = {
    installs: options.schools * options.perSchool,
    rounds: 0,
    segmentsRead: 0,
    conflicts: 0,
    suggestions: 0,
    halfWritten: 0,
    conflictCopies: 0,
    skippedSeen: 0,
    converged: false,
    newcomerMs: 0,
    newcomerMatches: false,
    folderBytes: 0,
    folderBytesPerInstall: 0,
    totalMs: 0,
  };
  const open = (dir: string) => openApp({ dataDir: dir, store: { shardCount: 4 } });
  try {
    for (let school = 0; school < options.schools; school++) {
      for (let i = 0; i < options.perSchool; i++) {
        const app = await open(path.join(root, `s${school}-i${i}`));
        const member = await app.repos.members.create(profile(`Docent ${school}-${i}`, { institution: `ROC ${school + 1}` }) as never);
        await app.settings.update({ meId: member.id });
        installs.push({ app, school, memberId: member.id, research: [] });
      }
      // Colleagues side by side write research together: the first creates it, naming both as authors.
      const mates = installs.filter((install) => install.school === school);
      for (let i = 0; i + 1 < mates.length; i += 2) {
        const [first, second] = [mates[i]!, mates[i + 1]!];
        const research = await first.app.repos.research.create(
          researchFields([first.memberId, second.memberId], { title: `Onderzoek ${school}-${i}`, institution: `ROC ${school + 1}` }),
        );
        first.research.push(research.id);
        second.research.push(research.id);
        pairs.push([first, second, research.id]);
      }
    }
    // Once the research has reached the co-author, both retitle it before either syncs again: a conflict for each pair.
    for (const [first, second, id] of pairs) {
      for (const install of [first, second]) {
        const report = await syncPass(install.app, folder);
        if (report.error) throw new Error(`sync error in the simulation: ${report.error.message}`);
      }
      await first.app.repos.research.update(id, { title: 'Feedback op stage (versie A)' });
      await second.app.repos.research.update(id, { title: 'Feedback op stage (versie B)' });
    }
    log(`${installs.length} installs opened (${Math.round(performance.now() - started)} ms)`);

    /** Half-written files waiting for their second half: path → full bytes, and the round they complete in. */
    const pending = new Map<string, { bytes: Buffer; round: number }>();
    const inject = async (round: number) => {
      for (const [file, { bytes, round: due }] of pending) {
        if (due <= round) {
          await fs.writeFile(file, bytes);
          pending.delete(file);
        }
      }
      const dirs = (await fs.readdir(folder)).filter((d) => /^[0-9a-f]{16}$/.test(d));
      for (let n = 0; n < Math.max(1, Math.round(dirs.length / 50)); n++) {
        const dir = path.join(folder, pick(dirs));
        const segments = (await fs.readdir(dir)).filter((f) => /^\d{8}(\.snap)?\.mnw$/.test(f)).sort();
        const newest = segments.at(-1);
        if (!newest) continue;
        const file = path.join(dir, newest);
        const roll = random();
        if (roll < 0.5 && !pending.has(file)) {
          // The service has delivered half of it so far.
          const bytes = await fs.readFile(file);
          await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length * random())));
          pending.set(file, { bytes, round: round + 1 + Math.floor(random() * 3) });
          result.halfWritten++;
        } else if (roll < 0.85 && !pending.has(file)) {
          await fs.copyFile(file, path.join(dir, newest.replace('.mnw', random() < 0.5 ? ' (1).mnw' : '.sync-conflict-20260314-153000-ABCDEFG.mnw')));
          result.conflictCopies++;
        } else {
          await fs.writeFile(path.join(folder, `notitie-${round}-${n}.txt`), 'van iemand anders');
        }
      }
    };

    const pass = async (app: AppContext) => {
      const report = await syncPass(app, folder);
      if (report.error) throw new Error(`sync error in the simulation: ${report.error.message}`);
      result.segmentsRead += report.read;
      result.conflicts += report.conflicts;
      result.suggestions += report.suggestions;
      result.skippedSeen += report.skipped.length;
    };

    for (let round = 0; round < options.editRounds; round++) {
      result.rounds++;
      for (const install of installs) {
        if (random() < (options.editChance ?? 0.3)) {
          const { app } = install;
          // Only what this install's colleague owns: their own profile, or the research they share
          // with a colleague, once it has reached them (the co-author's concurrent edits become conflicts).
          const shared = install.research.filter((id) => app.repos.research.find(id));
          if (random() < 0.5 || shared.length === 0) await app.repos.members.update(install.memberId, { team: pick(TEAMS) });
          else await app.repos.research.update(pick(shared), { title: `${pick(TEAMS)}: feedback op stage` });
        }
        if (random() < (options.syncChance ?? 0.5)) await pass(install.app);
      }
      await inject(round);
      log(`round ${round + 1}: ${result.segmentsRead} segments read so far (${Math.round(performance.now() - started)} ms)`);
    }

    // Edits stop; the service delivers what it still held back; everyone keeps syncing until all agree.
    for (const [file, { bytes }] of pending) await fs.writeFile(file, bytes);
    pending.clear();
    for (let extra = 0; extra < 6 && !result.converged; extra++) {
      result.rounds++;
      for (const install of installs) await pass(install.app);
      const hashes = new Set(installs.map((i) => stateHash(i.app)));
      result.converged = hashes.size === 1;
      log(`settling round ${extra + 1}: ${hashes.size} distinct state(s) (${Math.round(performance.now() - started)} ms)`);
    }

    const newcomer = await open(path.join(root, 'newcomer'));
    try {
      const t0 = performance.now();
      const report = await syncPass(newcomer, folder);
      result.newcomerMs = Math.round(performance.now() - t0);
      result.newcomerMatches = report.error === null && stateHash(newcomer) === stateHash(installs[0]!.app);
    } finally {
      await newcomer.close();
    }
    result.folderBytes = await folderBytes(folder);
    result.folderBytesPerInstall = Math.round(result.folderBytes / installs.length);
    result.totalMs = Math.round(performance.now() - started);
    return result;
  } finally {
    for (const { app } of installs) await app.close();
    await fs.rm(root, { recursive: true, force: true });
  }
}

