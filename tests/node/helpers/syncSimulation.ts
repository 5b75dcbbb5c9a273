import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { seededRandom } from '../../../main/core/demo/generateDemo';
import { bundleScript } from './childScript';
import { localHost, type EditDraws, type GroupAnswer, type InstallHost, type PassTally } from './simulatedInstalls';

/**
 * Many installs sharing one plain folder: each its own data directory (on
 * tmpfs where there is one, with few store shards: cheap to open) and its own
 * engine, random edits, random sync delays, and what sync services do to
 * files injected on the way — half-written segments that complete later,
 * conflict copies, stray files. Runs until every install holds the same
 * records, then a newcomer joins.
 *
 * The installs run in worker threads (or in the test's own thread), a few at
 * a time in each, as colleagues' laptops sync at the same time: one
 * install's passes never overlap, different installs' do. Only the folder is
 * shared between them. The simulation draws every random number itself, so a
 * seed decides what happens, whichever thread carries it out.
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
  /** Worker threads the installs are spread over; 0: all in this thread. */
  workers?: number;
  /** Installs busy at the same time in each thread. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface SimulationResult {
  installs: number;
  workers: number;
  rounds: number;
  /** Segments read and applied by all installs, the first passes that hand research to its co-author included. */
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

/** Installs in a worker thread, running the bundled syncSimulationWorker.ts. */
function workerHost(script: string, root: string): InstallHost {
  const worker = new Worker(script, { workerData: { root } });
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: GroupAnswer) => {
    const call = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('error' in reply) call?.reject(new Error(reply.error));
    else call?.resolve(reply.value as never);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`a simulation worker ended (exit code ${code})`)));
  let next = 0;
  const host: InstallHost = {
    call(method, ...args) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, method, args });
      });
    },
    async close() {
      try {
        if (!failure) await host.call('closeAll');
      } finally {
        await worker.terminate();
      }
    },
  };
  return host;
}

/** Runs `work` for every item, at most `limit` at a time, started in order; the first failure stops the rest. */
async function inTurns<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

export async function runSimulation(options: SimulationOptions): Promise<SimulationResult> {
  const started = performance.now();
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const log = options.log ?? (() => undefined);
  const elapsed = () => `${Math.round(performance.now() - started)} ms, ${Math.round(process.memoryUsage().rss / 1e6)} MB resident`;
  const root = await scratchDir('mnw-sim-');
  const folder = path.join(root, 'gedeeld');
  await fs.mkdir(folder);
  const count = options.schools * options.perSchool;
  const workers = options.workers ?? 0;
  const result: SimulationResult = {
    installs: count,
    workers,
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
  const hosts: InstallHost[] = [];
  let script: string | null = null;
  try {
    if (workers > 0) {
      script = await bundleScript(path.join(__dirname, 'syncSimulationWorker.ts'));
      for (let w = 0; w < workers; w++) hosts.push(workerHost(script, root));
    } else {
      hosts.push(localHost(root));
    }
    const host = (index: number) => hosts[index % hosts.length]!;
    const limit = (options.concurrency ?? 4) * hosts.length;
    const everyone = Array.from({ length: count }, (_, index) => index);
    const schoolOf = (index: number) => Math.floor(index / options.perSchool);
    const pass = async (index: number) => {
      const tally: PassTally = await host(index).call('pass', index);
      result.segmentsRead += tally.read;
      result.conflicts += tally.conflicts;
      result.suggestions += tally.suggestions;
      result.skippedSeen += tally.skipped;
    };

    const members: string[] = [];
    await inTurns(everyone, limit, async (index) => {
      const colleague = { name: `Docent ${schoolOf(index)}-${index % options.perSchool}`, institution: `ROC ${schoolOf(index) + 1}` };
      members[index] = (await host(index).call('open', index, colleague))!;
    });
    // Colleagues side by side write research together: the first creates it, naming both as authors. Once it has
    // reached the co-author, both retitle it before either syncs again: a conflict for each pair.
    const pairs = everyone.filter((index) => index % options.perSchool % 2 === 0 && (index % options.perSchool) + 1 < options.perSchool);
    await inTurns(pairs, limit, async (first) => {
      const second = first + 1;
      const school = schoolOf(first);
      const id = await host(first).call('createResearch', first, [members[first]!, members[second]!], `Onderzoek ${school}-${first % options.perSchool}`, `ROC ${school + 1}`);
      await host(second).call('coauthor', second, id);
      await pass(first);
      await pass(second);
      await host(first).call('retitle', first, id, 'Feedback op stage (versie A)');
      await host(second).call('retitle', second, id, 'Feedback op stage (versie B)');
    });
    log(`${count} installs opened in ${hosts.length} thread(s), research handed to co-authors: ${result.segmentsRead} segments read (${elapsed()})`);

    /** Half-written files waiting for their second half: path → full bytes, and the round they complete in. */
    const pending = new Map<string, { bytes: Buffer; round: number }>();
    const inject = async (round: number) => {
      for (const [file, { bytes, round: due }] of pending) {
        if (due <= round) {
          await fs.writeFile(file, bytes);
          pending.delete(file);
        }
      }
      const dirs = (await fs.readdir(folder)).filter((d) => /^[0-9a-f]{16}$/.test(d)).sort();
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

    for (let round = 0; round < options.editRounds; round++) {
      result.rounds++;
      // Drawn here, in install order, so the seed decides the round whatever the threads' timing.
      const turns = everyone.map((index) => {
        const edit: EditDraws | null = random() < (options.editChance ?? 0.3) ? { what: random(), team: random(), research: random() } : null;
        return { index, edit, sync: random() < (options.syncChance ?? 0.5) };
      });
      await inTurns(turns, limit, async ({ index, edit, sync }) => {
        if (edit) await host(index).call('edit', index, edit);
        if (sync) await pass(index);
      });
      await inject(round);
      log(`round ${round + 1}: ${result.segmentsRead} segments read so far (${elapsed()})`);
    }

    // Edits stop; the service delivers what it still held back; everyone keeps syncing until all agree.
    for (const [file, { bytes }] of pending) await fs.writeFile(file, bytes);
    pending.clear();
    const hashes: string[] = [];
    for (let extra = 0; extra < 6 && !result.converged; extra++) {
      result.rounds++;
      await inTurns(everyone, limit, pass);
      await inTurns(everyone, limit, async (index) => {
        hashes[index] = await host(index).call('stateHash', index);
      });
      const distinct = new Set(hashes).size;
      result.converged = distinct === 1;
      log(`settling round ${extra + 1}: ${distinct} distinct state(s) (${elapsed()})`);
    }

    // The newcomer joins a quiet folder: nothing else runs while its first pass is timed.
    const newcomer = count;
    await host(newcomer).call('open', newcomer, null);
    try {
      result.newcomerMs = Math.round((await host(newcomer).call('pass', newcomer)).ms);
      result.newcomerMatches = (await host(newcomer).call('stateHash', newcomer)) === hashes[0];
    } finally {
      await host(newcomer).call('closeOne', newcomer);
    }
    result.folderBytes = await folderBytes(folder);
    result.folderBytesPerInstall = Math.round(result.folderBytes / count);
    result.totalMs = Math.round(performance.now() - started);
    return result;
  } finally {
    for (const host of hosts) await host.close().catch(() => undefined);
    await fs.rm(root, { recursive: true, force: true });
    if (script) await fs.rm(path.dirname(script), { recursive: true, force: true });
  }
}
